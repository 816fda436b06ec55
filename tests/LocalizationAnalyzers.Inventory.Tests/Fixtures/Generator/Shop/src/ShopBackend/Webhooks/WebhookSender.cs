namespace ShopBackend.Webhooks;

/// <summary>Calls the URLs merchants register: the destination is only known at run time.</summary>
public sealed class WebhookSender(HttpClient http)
{
    public async Task NotifyAsync(Subscriber subscriber)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Callback) { Content = new StringContent(subscriber.Email) };
        // DLOC100 at="http.SendAsync(request)" api=System.Net.Http.HttpClient.SendAsync egressKind=http destination=unresolved host= provider= region= country=unknown personalData=contact sensitive=false source=Subscriber.Email verdict=unverified jurisdiction=CN rules=DLOC004
        // DLOC004 at="http.SendAsync(request)" also="string Email, Uri Callback" message="Personal data (contact: Subscriber.Email) is sent to a destination that cannot be resolved at build time; the approved jurisdiction is CN"
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            using var retry = new HttpRequestMessage(HttpMethod.Post, subscriber.Callback) { Content = new StringContent(subscriber.Email) };
            // DLOC100 at="http.SendAsync(retry)" api=System.Net.Http.HttpClient.SendAsync egressKind=http destination=unresolved host= provider= region= country=unknown personalData=contact sensitive=false source=Subscriber.Email verdict=unverified jurisdiction=CN rules=DLOC004
            // DLOC004 at="http.SendAsync(retry)" also="string Email, Uri Callback" message="Personal data (contact: Subscriber.Email) is sent to a destination that cannot be resolved at build time; the approved jurisdiction is CN"
            await http.SendAsync(retry);
        }
    }
}
