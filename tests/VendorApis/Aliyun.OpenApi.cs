// Stand-in for Alibaba Cloud's generated OpenAPI (Tea / Darabonba) SDKs: shape only, bodies empty.
// Every AlibabaCloud.SDK.<Product><Version>.Client derives from AlibabaCloud.OpenApiClient.Client and is
// built with an AlibabaCloud.OpenApiClient.Models.Config; its endpoint is Config.Endpoint, else the product's
// endpoint for Config.RegionId.
#nullable disable
using System.Threading.Tasks;

namespace Tea
{
    // NuGet "Tea": the base of every generated model.
    public class TeaModel
    {
    }
}

namespace AlibabaCloud.OpenApiClient.Models
{
    // github.com/aliyun/darabonba-openapi csharp/core/Models/Config.cs @ ef6a4f40594a754e447567eb4a3291f928802bdc
    public class Config : Tea.TeaModel
    {
        public string AccessKeyId { get; set; }

        public string AccessKeySecret { get; set; }

        public string RegionId { get; set; }

        public string Endpoint { get; set; }
    }
}

namespace AlibabaCloud.OpenApiClient
{
    // github.com/aliyun/darabonba-openapi csharp/core/Client.cs @ c94eca9c05fa5b7d192dadbf17f84476018eefd5
    public class Client
    {
        public Client(Models.Config config) { }
    }
}

namespace AlibabaCloud.TeaUtil.Models
{
    // github.com/aliyun/tea-util csharp/core/Models/RuntimeOptions.cs (the runtime parameter of every *WithOptions call)
    public class RuntimeOptions : Tea.TeaModel
    {
    }
}

namespace AlibabaCloud.SDK.Dysmsapi20170525
{
    using AlibabaCloud.SDK.Dysmsapi20170525.Models;

    // github.com/aliyun/alibabacloud-csharp-sdk dysmsapi-20170525/core/Client.cs @ f98799011c8a586625ae2e883ed1bd68b1cbf0d7
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }

        public SendSmsResponse SendSmsWithOptions(SendSmsRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime) => throw null;

        public Task<SendSmsResponse> SendSmsWithOptionsAsync(SendSmsRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime) => throw null;

        public SendSmsResponse SendSms(SendSmsRequest request) => throw null;

        public Task<SendSmsResponse> SendSmsAsync(SendSmsRequest request) => throw null;

        public SendBatchSmsResponse SendBatchSms(SendBatchSmsRequest request) => throw null;

        public Task<SendBatchSmsResponse> SendBatchSmsAsync(SendBatchSmsRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Dysmsapi20170525.Models
{
    // github.com/aliyun/alibabacloud-csharp-sdk dysmsapi-20170525/core/Models/SendSmsRequest.cs @ 0b9c444338a45a0d2bf218ebaece7ca93a5a99f4
    public class SendSmsRequest : Tea.TeaModel
    {
        public string OutId { get; set; }

        public string PhoneNumbers { get; set; }

        public string SignName { get; set; }

        public string TemplateCode { get; set; }

        public string TemplateParam { get; set; }
    }

    // dysmsapi-20170525/core/Models/SendSmsResponse.cs
    public class SendSmsResponse : Tea.TeaModel
    {
    }

    // dysmsapi-20170525/core/Models/SendBatchSmsRequest.cs
    public class SendBatchSmsRequest : Tea.TeaModel
    {
        public string PhoneNumberJson { get; set; }

        public string SignNameJson { get; set; }

        public string TemplateCode { get; set; }
    }

    // dysmsapi-20170525/core/Models/SendBatchSmsResponse.cs
    public class SendBatchSmsResponse : Tea.TeaModel
    {
    }
}
