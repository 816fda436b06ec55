// Minimal stand-ins for the SDK types the fixture code uses, so that it compiles without packages.
namespace Amazon
{
    public sealed class RegionEndpoint
    {
        public static readonly RegionEndpoint USEast1 = new(), CNNorth1 = new(), CNNorthWest1 = new();
        public static RegionEndpoint GetBySystemName(string name) => new();
    }
}

namespace Amazon.S3
{
    public sealed class AmazonS3Client(Amazon.RegionEndpoint region)
    {
        public Amazon.RegionEndpoint Region { get; } = region;
    }
}

namespace Amazon.DynamoDBv2
{
    public sealed class AmazonDynamoDBConfig { public Amazon.RegionEndpoint? RegionEndpoint { get; set; } }

    public sealed class AmazonDynamoDBClient
    {
        public AmazonDynamoDBClient() { }
        public AmazonDynamoDBClient(Amazon.RegionEndpoint region) { }
        public AmazonDynamoDBClient(AmazonDynamoDBConfig config) { }
        public System.Threading.Tasks.Task PutItemAsync(string table, System.Collections.Generic.Dictionary<string, string> item) => System.Threading.Tasks.Task.CompletedTask;
    }
}

namespace Aliyun.OSS
{
    public sealed class OssClient(string endpoint, string key, string secret)
    {
        public string Endpoint { get; } = endpoint + key + secret;
    }
}

namespace Sentry
{
    public sealed class SentryOptions { public string? Dsn { get; set; } }
    public sealed class SentryUser { public string? IpAddress { get; set; } }

    public static class SentrySdk
    {
        public static void Init(System.Action<SentryOptions> configure) => configure(new SentryOptions());
        public static void SetUser(SentryUser user) { }
    }
}

namespace Twilio
{
    public static class TwilioSms
    {
        public static System.Threading.Tasks.Task SendAsync(string to, string body) => System.Threading.Tasks.Task.CompletedTask;
    }
}

namespace OpenTelemetry
{
    public sealed class OtlpExporterOptions { public System.Uri? Endpoint { get; set; } }
}

namespace StackExchange.Redis
{
    public sealed class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(string configuration) => new();
    }
}
