// STAND-IN for Tencent Cloud's SMS SDK (NuGet "TencentCloudSDK.Sms"), which the sample's package feed does
// not serve: only the members the sample uses, in the shape of github.com/TencentCloud/tencentcloud-sdk-dotnet
// TencentCloud/Common/AbstractClient.cs @ d31f664fa68d92735a1a5166d1c79f531697ad2e, TencentCloud/Common/Credential.cs,
// TencentCloud/Sms/V20210111/SmsClient.cs @ 00e7e08dfb678b895bbeb4a6a28c3d4793388718 and
// TencentCloud/Sms/V20210111/Models/SendSmsRequest.cs @ 6f4cd9d3c3afa55460ee7e14b36ccf3361173984. The bodies do nothing.
namespace TencentCloud.Common
{
    public class AbstractClient
    {
        public AbstractClient(string endpoint, string version, Credential credential, string region, object? profile)
        {
        }
    }

    public abstract class AbstractModel
    {
    }

    public class Credential
    {
        public string SecretId { get; set; } = "";

        public string SecretKey { get; set; } = "";
    }
}

namespace TencentCloud.Sms.V20210111
{
    using TencentCloud.Common;
    using TencentCloud.Sms.V20210111.Models;

    public class SmsClient : AbstractClient
    {
        public SmsClient(Credential credential, string region)
            : base("sms.tencentcloudapi.com", "2021-01-11", credential, region, null)
        {
        }

        public Task<SendSmsResponse> SendSms(SendSmsRequest req) => Task.FromResult(new SendSmsResponse());
    }
}

namespace TencentCloud.Sms.V20210111.Models
{
    public class SendSmsRequest : TencentCloud.Common.AbstractModel
    {
        public string[] PhoneNumberSet { get; set; } = [];

        public string SmsSdkAppId { get; set; } = "";

        public string TemplateId { get; set; } = "";

        public string[] TemplateParamSet { get; set; } = [];
    }

    public class SendSmsResponse : TencentCloud.Common.AbstractModel
    {
    }
}
