using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The real cloud and egress SDK assemblies, as restored for this test project, handed to test
/// compilations as metadata references together with the SDK assemblies they depend on. A member the
/// analyzers rely on that an SDK renames fails a test.
/// </summary>
internal static class SdkAssemblies
{
    /// <summary>One type of each SDK the analyzers know.</summary>
    private static readonly Type[] s_sdkTypes =
    {
        typeof(Amazon.RegionEndpoint),
        typeof(Amazon.S3.AmazonS3Client),
        typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient),
        typeof(Amazon.SQS.AmazonSQSClient),
        typeof(Amazon.Extensions.NETCore.Setup.AWSOptions),
        typeof(Azure.Core.AzureLocation),
        typeof(Azure.Identity.AzureAuthorityHosts),
        typeof(Azure.ResourceManager.ArmEnvironment),
        typeof(Azure.Storage.Blobs.BlobServiceClient),
        typeof(Azure.Storage.Queues.QueueClient),
        typeof(Azure.Messaging.ServiceBus.ServiceBusClient),
        typeof(Azure.Messaging.EventHubs.Producer.EventHubProducerClient),
        typeof(Microsoft.Azure.Cosmos.CosmosClient),
        typeof(Google.Cloud.Storage.V1.StorageClient),
        typeof(Google.Apis.Storage.v1.Data.Bucket),
        typeof(Sentry.SentrySdk),
        typeof(Microsoft.ApplicationInsights.TelemetryClient),
        typeof(OpenTelemetry.Exporter.OtlpExporterOptions),
        typeof(Grpc.Net.Client.GrpcChannel),
        typeof(Microsoft.AspNetCore.SignalR.Client.HubConnectionBuilder),
        typeof(Microsoft.AspNetCore.SignalR.Client.HubConnectionBuilderHttpExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
        typeof(RestSharp.RestClient),
        typeof(Flurl.Http.FlurlClient),
        typeof(Refit.RestService),
        typeof(MailKit.Net.Smtp.SmtpClient),
        typeof(Microsoft.Data.SqlClient.SqlConnection),
        typeof(Npgsql.NpgsqlConnection),
        typeof(MongoDB.Driver.MongoClient),
        typeof(StackExchange.Redis.ConnectionMultiplexer),
        typeof(Microsoft.Extensions.Configuration.IConfiguration),
        typeof(Microsoft.Extensions.Configuration.ConfigurationBinder),
        typeof(Microsoft.Extensions.Configuration.ConfigurationManager),

        // tests/VendorApis: the Alibaba, Tencent and Huawei cloud APIs in their vendors' shapes (not served here).
        typeof(Aliyun.OSS.OssClient),
    };

    /// <summary>Assembly names the reference pack provides: never taken from the output folder.</summary>
    private static readonly HashSet<string> s_framework = new(
        TargetFramework.References.Select(r => Path.GetFileNameWithoutExtension(r.Display!)), StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<MetadataReference> All = Load();

    /// <summary>The same SDK assemblies, loaded, for reflection over their real members.</summary>
    public static IEnumerable<System.Reflection.Assembly> Loaded =>
        s_sdkTypes.Select(t => t.Assembly).Concat(AppDomain.CurrentDomain.GetAssemblies()).Distinct();

    private static IReadOnlyList<MetadataReference> Load()
    {
        // The SDK assemblies and, transitively, what they reference from this test's output folder
        // (framework assemblies come from the reference pack instead).
        var folder = AppContext.BaseDirectory;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(s_sdkTypes.Select(t => t.Assembly.Location));
        while (pending.TryDequeue(out var path))
        {
            if (!paths.Add(path))
            {
                continue;
            }

            foreach (var reference in ReferencedNames(path))
            {
                var candidate = Path.Combine(folder, reference + ".dll");
                if (File.Exists(candidate) && !s_framework.Contains(reference))
                {
                    pending.Enqueue(candidate);
                }
            }
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    private static IEnumerable<string> ReferencedNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        foreach (var handle in metadata.AssemblyReferences)
        {
            yield return metadata.GetString(metadata.GetAssemblyReference(handle).Name);
        }
    }
}
