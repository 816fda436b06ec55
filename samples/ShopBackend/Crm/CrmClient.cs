using System.Net.Http.Json;
using ShopBackend.Customers;

namespace ShopBackend.Crm;

/// <summary>A typed HttpClient for the sales team's CRM.</summary>
public sealed class CrmClient
{
    private readonly HttpClient _http;

    public CrmClient(HttpClient http)
    {
        _http = http;

        // A US-hosted CRM nobody has placed in China: personal data sent there is DLOC001 (deny by default).
        _http.BaseAddress = new Uri("https://api.salescloud.example-crm.com/");
    }

    public Task<HttpResponseMessage> UpsertContact(Customer customer) =>
        _http.PostAsJsonAsync("v3/contacts", new { customer.FullName, customer.Email, customer.MobilePhone });

    /// <summary>Compliant: our own CRM in China (data_localization.host_jurisdictions).</summary>
    public Task<HttpResponseMessage> Archive(Customer customer, HttpClient local) =>
        local.PostAsJsonAsync("https://crm.shop.cn/api/customers", customer);
}
