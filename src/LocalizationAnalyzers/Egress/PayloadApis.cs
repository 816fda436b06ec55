using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The SDK members that send data: which parameters carry the payload, and where the destination comes
/// from (an endpoint parameter, else the client object the call is made on). Data, not logic; each row
/// is checked against the SDK's own assembly in PayloadApisTests. A null member parameter list means a
/// settable property whose assigned value is the payload.
/// </summary>
internal static class PayloadApis
{
    public static readonly ImmutableArray<PayloadApi> All = ImmutableArray.Create(
        // HTTP: the request URL may carry personal data too (a query string).
        Http("System.Net.Http.HttpClient", "PostAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "PutAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "PatchAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "GetAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStringAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStreamAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetByteArrayAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "DeleteAsync", "requestUri"),
        new PayloadApi("System.Net.Http.HttpClient", "SendAsync", "request", "request", EgressKind.Http),
        new PayloadApi("System.Net.Http.HttpClient", "Send", "request", "request", EgressKind.Http),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PutAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PatchAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "GetFromJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "DeleteFromJsonAsync", "requestUri"),
        new PayloadApi("System.Net.WebClient", "UploadString", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadStringTaskAsync", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadData", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadValues", "data address", "address", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PostJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PutJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("System.Net.WebSockets.ClientWebSocket", "SendAsync", "buffer", null, EgressKind.Rpc),

        // Mail
        new PayloadApi("System.Net.Mail.SmtpClient", "Send", "message from recipients subject body", null, EgressKind.Mail),
        new PayloadApi("System.Net.Mail.SmtpClient", "SendMailAsync", "message from recipients subject body", null, EgressKind.Mail),
        new PayloadApi("MailKit.MailTransport", "Send", "message recipients", null, EgressKind.Mail),
        new PayloadApi("MailKit.MailTransport", "SendAsync", "message recipients", null, EgressKind.Mail),

        // AWS: the destination is the client's region; SQS names its queue by URL.
        Cloud("Amazon.S3.IAmazonS3", "PutObjectAsync", "request"),
        Cloud("Amazon.S3.AmazonS3Client", "PutObjectAsync", "request"),
        Cloud("Amazon.DynamoDBv2.IAmazonDynamoDB", "PutItemAsync", "request item"),
        Cloud("Amazon.DynamoDBv2.AmazonDynamoDBClient", "PutItemAsync", "request item"),
        new PayloadApi("Amazon.SQS.IAmazonSQS", "SendMessageAsync", "request messageBody", "queueUrl", EgressKind.Messaging),
        new PayloadApi("Amazon.SQS.AmazonSQSClient", "SendMessageAsync", "request messageBody", "queueUrl", EgressKind.Messaging),

        // Azure
        Cloud("Azure.Storage.Blobs.BlobClient", "Upload", "content"),
        Cloud("Azure.Storage.Blobs.BlobClient", "UploadAsync", "content"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", "UploadBlob", "content"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", "UploadBlobAsync", "content"),
        new PayloadApi("Azure.Messaging.ServiceBus.ServiceBusSender", "SendMessageAsync", "message", null, EgressKind.Messaging),
        Cloud("Microsoft.Azure.Cosmos.Container", "CreateItemAsync", "item"),
        Cloud("Microsoft.Azure.Cosmos.Container", "UpsertItemAsync", "item"),
        Cloud("Microsoft.Azure.Cosmos.Container", "ReplaceItemAsync", "item"),

        // Telemetry and error reporting
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackEvent", "eventName properties telemetry"),
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackTrace", "message properties telemetry"),
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackException", "properties telemetry"),
        Telemetry("Sentry.SentrySdk", "CaptureMessage", "message"),
        new PayloadApi("Sentry.Scope", "User", null, null, EgressKind.Telemetry),

        // ---- Chinese clouds (issue 12). The destination is the client's endpoint or region.
        // Alibaba Cloud OSS: objects; a pre-signed URL names its own destination.
        new PayloadApi("Aliyun.OSS.IOss", "PutObject", "content putObjectRequest", "signedUrl", EgressKind.Cloud),
        new PayloadApi("Aliyun.OSS.OssClient", "PutObject", "content putObjectRequest", "signedUrl", EgressKind.Cloud),
        Cloud("Aliyun.OSS.IOss", "AppendObject", "request"),
        Cloud("Aliyun.OSS.OssClient", "AppendObject", "request"),

        // Alibaba Cloud SMS (OpenAPI/Tea client; the classic core SDK's request-based calls).
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendSms", "request"),
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendSmsAsync", "request"),
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendSmsWithOptions", "request"),
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendSmsWithOptionsAsync", "request"),
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendBatchSms", "request"),
        Messaging("AlibabaCloud.SDK.Dysmsapi20170525.Client", "SendBatchSmsAsync", "request"),
        Cloud("Aliyun.Acs.Core.IAcsClient", "GetAcsResponse", "request"),
        Cloud("Aliyun.Acs.Core.IAcsClient", "GetCommonResponse", "request"),
        Cloud("Aliyun.Acs.Core.DefaultAcsClient", "GetAcsResponse", "request"),
        Cloud("Aliyun.Acs.Core.DefaultAcsClient", "GetCommonResponse", "request"),

        // Tencent Cloud: COS objects; API 3.0 SMS and the Hunyuan model.
        Cloud("COSXML.CosXml", "PutObject", "request"),
        Cloud("COSXML.CosXmlServer", "PutObject", "request"),
        Messaging("TencentCloud.Sms.V20210111.SmsClient", "SendSms", "req"),
        Messaging("TencentCloud.Sms.V20210111.SmsClient", "SendSmsSync", "req"),
        Messaging("TencentCloud.Sms.V20190711.SmsClient", "SendSms", "req"),
        Cloud("TencentCloud.Hunyuan.V20230901.HunyuanClient", "ChatCompletions", "req"),
        Cloud("TencentCloud.Hunyuan.V20230901.HunyuanClient", "ChatCompletionsSync", "req"),

        // Huawei Cloud: SMN notifications (SMS, mail, push to the topic's subscribers).
        Messaging("HuaweiCloud.SDK.Smn.V2.SmnClient", "PublishMessage", "publishMessageRequest"));

    private static PayloadApi Http(string type, string member, string payload) => new(type, member, payload, "requestUri", EgressKind.Http);

    private static PayloadApi Cloud(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Cloud);

    private static PayloadApi Messaging(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Messaging);

    private static PayloadApi Telemetry(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Telemetry);
}

/// <param name="TypeMetadataName">The type (or interface) declaring the member.</param>
/// <param name="MemberName">Method, or a property whose assigned value is sent.</param>
/// <param name="PayloadParameters">Space-separated names of the parameters that carry data; null for a property.</param>
/// <param name="EndpointParameter">The parameter naming the destination; null when the client object decides.</param>
/// <param name="Kind">The kind of channel.</param>
internal sealed record PayloadApi(string TypeMetadataName, string MemberName, string? PayloadParameters, string? EndpointParameter, EgressKind Kind)
{
    public ImmutableArray<string> PayloadParameterNames { get; } =
        PayloadParameters is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(PayloadParameters.Split(' '));

    public string Display => TypeMetadataName + "." + MemberName;
}
