// Stand-in for Tencent Cloud API 3.0 SDK (NuGet "TencentCloudSDK.*"): shape only, bodies empty.
// Every service client (SmsClient, HunyuanClient, ...) derives from TencentCloud.Common.AbstractClient and
// takes (Credential credential, string region[, ClientProfile profile]); the region decides where it sends.
#nullable disable
using System.Threading.Tasks;

namespace TencentCloud.Common
{
    using TencentCloud.Common.Profile;

    // github.com/TencentCloud/tencentcloud-sdk-dotnet TencentCloud/Common/AbstractClient.cs @ d31f664fa68d92735a1a5166d1c79f531697ad2e
    public class AbstractClient
    {
        public AbstractClient(string endpoint, string version, Credential credential, string region, ClientProfile profile) { }

        public string Endpoint { get; set; }

        public string Region { get; set; }
    }

    // TencentCloud/Common/AbstractModel.cs
    public abstract class AbstractModel
    {
    }

    // TencentCloud/Common/Credential.cs @ a7a29c845cd16698665b0049656e6e30dbe79209
    public class Credential
    {
        public string SecretId { get; set; }

        public string SecretKey { get; set; }
    }
}

namespace TencentCloud.Common.Profile
{
    // TencentCloud/Common/Profile/ClientProfile.cs @ a7a29c845cd16698665b0049656e6e30dbe79209
    public class ClientProfile
    {
        public HttpProfile HttpProfile { get; set; }
    }

    // TencentCloud/Common/Profile/HttpProfile.cs @ 72830777bd9c5c8d743cc443be4845dd25cb8534
    public class HttpProfile
    {
        public string ReqMethod { get; set; }

        public string Endpoint { get; set; }
    }
}

namespace TencentCloud.Sms.V20210111
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Sms.V20210111.Models;

    // TencentCloud/Sms/V20210111/SmsClient.cs @ 00e7e08dfb678b895bbeb4a6a28c3d4793388718
    public class SmsClient : AbstractClient
    {
        public SmsClient(Credential credential, string region) : base(null, null, credential, region, null) { }

        public SmsClient(Credential credential, string region, ClientProfile profile) : base(null, null, credential, region, profile) { }

        public Task<SendSmsResponse> SendSms(SendSmsRequest req) => throw null;

        public SendSmsResponse SendSmsSync(SendSmsRequest req) => throw null;
    }
}

namespace TencentCloud.Sms.V20210111.Models
{
    // TencentCloud/Sms/V20210111/Models/SendSmsRequest.cs @ 6f4cd9d3c3afa55460ee7e14b36ccf3361173984
    public class SendSmsRequest : TencentCloud.Common.AbstractModel
    {
        public string[] PhoneNumberSet { get; set; }

        public string SmsSdkAppId { get; set; }

        public string TemplateId { get; set; }

        public string SignName { get; set; }

        public string[] TemplateParamSet { get; set; }
    }

    // TencentCloud/Sms/V20210111/Models/SendSmsResponse.cs
    public class SendSmsResponse : TencentCloud.Common.AbstractModel
    {
    }
}

namespace TencentCloud.Sms.V20190711
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Sms.V20190711.Models;

    // The 2019 SMS API, still in use: TencentCloud/Sms/V20190711/SmsClient.cs @ 08791cd872613795712952a24110cc81ce62928d
    public class SmsClient : AbstractClient
    {
        public SmsClient(Credential credential, string region) : base(null, null, credential, region, null) { }

        public SmsClient(Credential credential, string region, ClientProfile profile) : base(null, null, credential, region, profile) { }

        public Task<SendSmsResponse> SendSms(SendSmsRequest req) => throw null;
    }
}

namespace TencentCloud.Sms.V20190711.Models
{
    // TencentCloud/Sms/V20190711/Models/SendSmsRequest.cs @ 16e709f746a9ac2189bae911b0438376a9329e4a
    public class SendSmsRequest : TencentCloud.Common.AbstractModel
    {
        public string[] PhoneNumberSet { get; set; }

        public string TemplateID { get; set; }

        public string SmsSdkAppid { get; set; }

        public string Sign { get; set; }

        public string[] TemplateParamSet { get; set; }
    }

    // TencentCloud/Sms/V20190711/Models/SendSmsResponse.cs
    public class SendSmsResponse : TencentCloud.Common.AbstractModel
    {
    }
}

namespace TencentCloud.Hunyuan.V20230901
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Hunyuan.V20230901.Models;

    // TencentCloud/Hunyuan/V20230901/HunyuanClient.cs @ 02b0e7e9bc4f45a8bfc7a4b085467438dec2db38
    public class HunyuanClient : AbstractClient
    {
        public HunyuanClient(Credential credential, string region) : base(null, null, credential, region, null) { }

        public HunyuanClient(Credential credential, string region, ClientProfile profile) : base(null, null, credential, region, profile) { }

        public Task<ChatCompletionsResponse> ChatCompletions(ChatCompletionsRequest req) => throw null;

        public ChatCompletionsResponse ChatCompletionsSync(ChatCompletionsRequest req) => throw null;
    }
}

namespace TencentCloud.Hunyuan.V20230901.Models
{
    // TencentCloud/Hunyuan/V20230901/Models/ChatCompletionsRequest.cs
    public class ChatCompletionsRequest : TencentCloud.Common.AbstractModel
    {
        public string Model { get; set; }

        public Message[] Messages { get; set; }
    }

    // TencentCloud/Hunyuan/V20230901/Models/Message.cs
    public class Message : TencentCloud.Common.AbstractModel
    {
        public string Role { get; set; }

        public string Content { get; set; }
    }

    // TencentCloud/Hunyuan/V20230901/Models/ChatCompletionsResponse.cs
    public class ChatCompletionsResponse : TencentCloud.Common.AbstractModel
    {
    }
}
