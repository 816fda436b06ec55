using System.Net.Http.Json;
using ShopBackend.Customers;

namespace ShopBackend.Marketing;

/// <summary>Product analytics: a helper that sends whatever it is given to Mixpanel (US).</summary>
public sealed class Analytics(HttpClient http)
{
    // DLOC003: the endpoint is in the United States.
    private const string TrackUrl = "https://api.mixpanel.com/track";

    public Task Track(string eventName, object properties) =>
        http.PostAsJsonAsync(TrackUrl, new { eventName, properties });

    // DLOC001 here, where the customer's e-mail is handed to the sending helper.
    public Task SignedUp(Customer customer) => Track("signup", new { customer.Email });

    // Fine: no personal data.
    public Task Viewed(string sku) => Track("product_viewed", new { sku });
}
