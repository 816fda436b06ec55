using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;

namespace ShopBackend.Customers;

/// <summary>Pushes new customers to the sales team's CRM.</summary>
public sealed class CrmSync(HttpClient http)
{
    [SuppressMessage("DataLocalization", "DLOC001", Justification = "Transfer impact assessment TIA-2024-07 approved by the DPO; standard contract filed with the CAC on 2024-09-12")]
    public Task PushAsync(Customer customer)
    {
        // DLOC100 at="http.PostAsJsonAsync(\"https://api.crm.com/contacts\", customer)" api=System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync egressKind=http destination=api.crm.com host=api.crm.com provider= region= country=US personalData=contact,name sensitive=false source=Customer.Email verdict=outside jurisdiction=CN rules=DLOC001
        // DLOC001 at="http.PostAsJsonAsync(\"https://api.crm.com/contacts\", customer)" also="string Email" message="Personal data (contact: Customer.Email, Customer.Phone; name: Customer.Name) is sent to api.crm.com in United States (US), outside the approved jurisdiction CN"
        return http.PostAsJsonAsync("https://api.crm.com/contacts", customer);
    }
}
