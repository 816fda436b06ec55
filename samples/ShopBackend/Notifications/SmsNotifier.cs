using ShopBackend.Customers;
using TencentCloud.Common;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace ShopBackend.Notifications;

/// <summary>Shipping notices by SMS through Tencent Cloud in Guangzhou: inside mainland China, so quiet.</summary>
public sealed class SmsNotifier
{
    private readonly SmsClient _sms = new(new Credential { SecretId = "id", SecretKey = "key" }, "ap-guangzhou");

    public Task<SendSmsResponse> Shipped(Customer customer, string orderId) =>
        _sms.SendSms(new SendSmsRequest
        {
            PhoneNumberSet = [customer.MobilePhone],
            SmsSdkAppId = "1400000000",
            TemplateId = "1024",
            TemplateParamSet = [orderId],
        });
}
