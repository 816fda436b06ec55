namespace ShopBackend.Payments;

public sealed class PaymentGateway(HttpClient http)
{
    public Task<HttpResponseMessage> ChargeAsync(Payment payment)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["card_no"] = payment.CardNumber,
            ["holder"] = payment.CardHolder,
            ["amount"] = payment.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        // DLOC100 at="http.PostAsync(\"https://openapi.alipay.com/gateway.do\", form)" api=System.Net.Http.HttpClient.PostAsync egressKind=http destination=openapi.alipay.com host=openapi.alipay.com provider= region= country=CN personalData=financial,name sensitive=true source=Payment.CardNumber verdict=compliant jurisdiction=CN rules=
        return http.PostAsync("https://openapi.alipay.com/gateway.do", form);
    }
}
