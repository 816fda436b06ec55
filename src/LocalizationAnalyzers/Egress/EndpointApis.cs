using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The SDK members that take an endpoint (URL, host, connection string, DSN): the egress sites whose
/// destination is written in code. Data, not logic; every row is checked against the SDK's own assembly
/// in EndpointApisTests. Member ".ctor" is a constructor; a null parameter means a settable property.
/// </summary>
internal static class EndpointApis
{
    public static readonly ImmutableArray<EndpointApi> All = ImmutableArray.Create(
        // HTTP
        Http("System.Net.Http.HttpClient", "BaseAddress"),
        Http("System.Net.Http.HttpClient", "GetAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStringAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStreamAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetByteArrayAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "PostAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "PutAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "PatchAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "DeleteAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "GetFromJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PutAsJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PatchAsJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "DeleteFromJsonAsync", "requestUri"),
        Http("System.Net.Http.HttpRequestMessage", ".ctor", "requestUri"),
        Http("System.Net.Http.HttpRequestMessage", "RequestUri"),
        Http("System.Net.WebClient", "BaseAddress"),
        Http("System.Net.WebClient", "UploadString", "address"),
        Http("System.Net.WebClient", "UploadStringTaskAsync", "address"),
        Http("System.Net.WebClient", "UploadData", "address"),
        Http("System.Net.WebClient", "UploadValues", "address"),
        Http("System.Net.WebClient", "DownloadString", "address"),
        Http("System.Net.WebRequest", "Create", "requestUriString"),
        Http("System.Net.WebRequest", "Create", "requestUri"),
        Http("RestSharp.RestClient", ".ctor", "baseUrl"),
        Http("RestSharp.RestClientOptions", ".ctor", "baseUrl"),
        Http("RestSharp.RestClientOptions", "BaseUrl"),
        Http("Flurl.Http.FlurlClient", ".ctor", "baseUrl"),
        Http("Refit.RestService", "For", "hostUrl"),

        // RPC and messaging
        new EndpointApi("Grpc.Net.Client.GrpcChannel", "ForAddress", "address", EgressKind.Rpc),
        new EndpointApi("Microsoft.AspNetCore.SignalR.Client.HubConnectionBuilderHttpExtensions", "WithUrl", "url", EgressKind.Rpc),
        new EndpointApi("System.Net.WebSockets.ClientWebSocket", "ConnectAsync", "uri", EgressKind.Rpc),
        new EndpointApi("System.Net.Mail.SmtpClient", ".ctor", "host", EgressKind.Mail),
        new EndpointApi("System.Net.Mail.SmtpClient", "Host", null, EgressKind.Mail),
        new EndpointApi("MailKit.MailService", "Connect", "host", EgressKind.Mail),
        new EndpointApi("MailKit.MailService", "Connect", "uri", EgressKind.Mail),
        new EndpointApi("MailKit.MailService", "ConnectAsync", "host", EgressKind.Mail),
        new EndpointApi("MailKit.MailService", "ConnectAsync", "uri", EgressKind.Mail),

        // AWS: ServiceURL overrides the region (S3-compatible stores of other clouds too).
        Cloud("Amazon.Runtime.ClientConfig", "ServiceURL"),

        // Azure
        Cloud("Azure.Storage.Blobs.BlobServiceClient", ".ctor", "connectionString"),
        Cloud("Azure.Storage.Blobs.BlobServiceClient", ".ctor", "serviceUri"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", ".ctor", "connectionString"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", ".ctor", "blobContainerUri"),
        Cloud("Azure.Storage.Blobs.BlobClient", ".ctor", "connectionString"),
        Cloud("Azure.Storage.Blobs.BlobClient", ".ctor", "blobUri"),
        Cloud("Azure.Storage.Queues.QueueServiceClient", ".ctor", "connectionString"),
        Cloud("Azure.Storage.Queues.QueueServiceClient", ".ctor", "serviceUri"),
        Cloud("Azure.Storage.Queues.QueueClient", ".ctor", "connectionString"),
        Cloud("Azure.Storage.Queues.QueueClient", ".ctor", "queueUri"),
        new EndpointApi("Azure.Messaging.ServiceBus.ServiceBusClient", ".ctor", "connectionString", EgressKind.Messaging),
        new EndpointApi("Azure.Messaging.ServiceBus.ServiceBusClient", ".ctor", "fullyQualifiedNamespace", EgressKind.Messaging),
        new EndpointApi("Azure.Messaging.EventHubs.Producer.EventHubProducerClient", ".ctor", "connectionString", EgressKind.Messaging),
        new EndpointApi("Azure.Messaging.EventHubs.Producer.EventHubProducerClient", ".ctor", "fullyQualifiedNamespace", EgressKind.Messaging),
        Cloud("Microsoft.Azure.Cosmos.CosmosClient", ".ctor", "accountEndpoint"),
        Cloud("Microsoft.Azure.Cosmos.CosmosClient", ".ctor", "connectionString"),
        Cloud("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", ".ctor", "accountEndpoint"),
        Cloud("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", ".ctor", "connectionString"),
        Cloud("Azure.Identity.TokenCredentialOptions", "AuthorityHost"),

        // Telemetry and error reporting
        Telemetry("Sentry.SentryOptions", "Dsn"),
        Telemetry("Sentry.SentrySdk", "Init", "dsn"),
        Telemetry("Microsoft.ApplicationInsights.Extensibility.TelemetryConfiguration", "ConnectionString"),
        Telemetry("OpenTelemetry.Exporter.OtlpExporterOptions", "Endpoint"),

        // Databases and caches
        Database("Microsoft.Data.SqlClient.SqlConnection", ".ctor", "connectionString"),
        Database("Microsoft.Data.SqlClient.SqlConnection", "ConnectionString"),
        Database("Npgsql.NpgsqlConnection", ".ctor", "connectionString"),
        Database("Npgsql.NpgsqlDataSource", "Create", "connectionString"),
        Database("MongoDB.Driver.MongoClient", ".ctor", "connectionString"),
        Database("StackExchange.Redis.ConnectionMultiplexer", "Connect", "configuration"),
        Database("StackExchange.Redis.ConnectionMultiplexer", "ConnectAsync", "configuration"),

        // ---- Chinese clouds (issue 12): where an endpoint is written, it decides over a region.
        // Alibaba Cloud: OSS; the Tea/OpenAPI Config of every AlibabaCloud.SDK.* client; the classic core SDK.
        Cloud("Aliyun.OSS.OssClient", ".ctor", "endpoint"),
        Cloud("Aliyun.OSS.OssClient", "SetEndpoint", "endpoint"),
        Cloud("AlibabaCloud.OpenApiClient.Models.Config", "Endpoint"),
        Cloud("Aliyun.Acs.Core.Profile.DefaultProfile", "AddEndpoint", "domain"),
        Cloud("Aliyun.Acs.Core.CommonRequest", "Domain"),

        // Tencent Cloud API 3.0: a pinned domain instead of the region's nearest access point.
        Cloud("TencentCloud.Common.Profile.HttpProfile", "Endpoint"),

        // Huawei Cloud: a client builder's endpoint instead of a region.
        Cloud("HuaweiCloud.SDK.Core.Client+ClientBuilder`1", "WithEndPoint", "endpoint"));

    private static EndpointApi Http(string type, string member, string? parameter = null) => new(type, member, parameter, EgressKind.Http);

    private static EndpointApi Cloud(string type, string member, string? parameter = null) => new(type, member, parameter, EgressKind.Cloud);

    private static EndpointApi Telemetry(string type, string member, string? parameter = null) => new(type, member, parameter, EgressKind.Telemetry);

    private static EndpointApi Database(string type, string member, string? parameter = null) => new(type, member, parameter, EgressKind.Database);
}

/// <param name="TypeMetadataName">The type declaring the member.</param>
/// <param name="MemberName">Method name, ".ctor", or a property name.</param>
/// <param name="ParameterName">The parameter that takes the endpoint; null for a property.</param>
/// <param name="Kind">The kind of channel.</param>
internal sealed record EndpointApi(string TypeMetadataName, string MemberName, string? ParameterName, EgressKind Kind)
{
    /// <summary>HTTP endpoints are URLs: a value without a scheme is relative to a base address, not a host name.</summary>
    public bool IsUrl => Kind == EgressKind.Http;

    public bool IsProperty => ParameterName is null;

    /// <summary>"System.Net.Http.HttpClient.PostAsync", "Amazon.Runtime.ClientConfig.ServiceURL", "Sentry.SentryOptions.Dsn".</summary>
    public string Display => MemberName == ".ctor" ? TypeMetadataName : TypeMetadataName + "." + MemberName;
}
