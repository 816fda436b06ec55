using System.Net.Mail;

namespace ShopBackend.Orders;

/// <summary>Order confirmations by e-mail.</summary>
public sealed class OrderMailer
{
    public void SendConfirmation(Order order)
    {
        using var smtp = new SmtpClient("smtp.sendgrid.net", 587);
        var message = new MailMessage("shop@example.cn", order.CustomerEmail, "Your order " + order.Id, "Thank you.");
#pragma warning disable DLOC001 // SendGrid is temporary, see ticket OPS-311
        // DLOC100 at="smtp.Send(message)" api=System.Net.Mail.SmtpClient.Send egressKind=mail destination=smtp.sendgrid.net host=smtp.sendgrid.net provider= region= country=US personalData=contact sensitive=false source=Order.CustomerEmail verdict=outside jurisdiction=CN rules=DLOC001
        // DLOC001 at="smtp.Send(message)" also="string CustomerEmail" message="Personal data (contact: Order.CustomerEmail) is sent to smtp.sendgrid.net in United States (US), outside the approved jurisdiction CN"
        smtp.Send(message);
#pragma warning restore DLOC001
    }
}
