using System.Net.Mail;
using ShopBackend.Customers;

namespace ShopBackend.Notifications;

/// <summary>Order confirmations by e-mail through Amazon SES in Virginia.</summary>
public sealed class Mailer : IDisposable
{
    // DLOC003: the SMTP relay is in the United States.
    private readonly SmtpClient _smtp = new("email-smtp.us-east-1.amazonaws.com");

    // DLOC001: the customer's address and name go to that relay.
    public void Confirm(Customer customer, string orderId) =>
        _smtp.Send("orders@shop.cn", customer.Email, $"Order {orderId}", $"Dear {customer.FullName}, thank you for your order.");

    public void Dispose() => _smtp.Dispose();
}
