using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC005 and "Set region explicitly", against the real AWS SDK clients.</summary>
public class ImplicitRegionRuleTests
{
    private const string China = LocalizationTest<SetRegionExplicitlyFix>.ChinaPolicy;

    private static DiagnosticResult Dloc005(string client) =>
        new DiagnosticResult(Descriptors.ImplicitCloudRegion).WithArguments(client, "CN");

    [Fact]
    public async Task Client_without_arguments_gets_the_region_argument()
    {
        var test = new LocalizationTest<SetRegionExplicitlyFix>("""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => {|#0:new AmazonS3Client()|};
            }
            """, China)
        {
            FixedCode = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.CNNorth1);
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc005("AmazonS3Client").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Client_with_credentials_gets_the_region_after_them_and_preferred_region_wins()
    {
        var test = new LocalizationTest<SetRegionExplicitlyFix>("""
            using Amazon.Runtime;
            using Amazon.SQS;

            class Queue
            {
                AmazonSQSClient Create(AWSCredentials credentials) => {|#0:new AmazonSQSClient(credentials)|};
            }
            """, China, "data_localization.preferred_regions = aws:cn-northwest-1")
        {
            FixedCode = """
            using Amazon.Runtime;
            using Amazon.SQS;

            class Queue
            {
                AmazonSQSClient Create(AWSCredentials credentials) => new AmazonSQSClient(credentials, Amazon.RegionEndpoint.CNNorthWest1);
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc005("AmazonSQSClient").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Config_created_in_place_gets_a_RegionEndpoint_initializer()
    {
        var test = new LocalizationTest<SetRegionExplicitlyFix>("""
            using Amazon;
            using Amazon.DynamoDBv2;

            class Orders
            {
                AmazonDynamoDBClient Create() => {|#0:new AmazonDynamoDBClient(new AmazonDynamoDBConfig { Timeout = System.TimeSpan.FromSeconds(5) })|};
            }
            """, China)
        {
            FixedCode = """
            using Amazon;
            using Amazon.DynamoDBv2;

            class Orders
            {
                AmazonDynamoDBClient Create() => new AmazonDynamoDBClient(new AmazonDynamoDBConfig { Timeout = System.TimeSpan.FromSeconds(5), RegionEndpoint = RegionEndpoint.CNNorth1 });
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc005("AmazonDynamoDBClient").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Explicit_regions_endpoints_and_configs_built_elsewhere_are_not_reported()
    {
        await AnalyzerTest.Create("""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Region() => new AmazonS3Client(RegionEndpoint.CNNorth1);
                AmazonS3Client Url() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.cn-north-1.amazonaws.com.cn" });
                AmazonS3Client Config(AmazonS3Config config) => new AmazonS3Client(config);
                AmazonS3Client Keys() => new AmazonS3Client("AKIA", "secret", RegionEndpoint.CNNorthWest1);
            }
            """, China).RunAsync();
    }

    [Fact]
    public async Task Without_a_jurisdiction_the_environment_is_not_second_guessed()
    {
        var test = AnalyzerTest.Create("""
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client();
            }
            """);
        test.ExpectedDiagnostics.Add(AnalyzerTest.NoJurisdictionHint);
        await test.RunAsync();
    }
}
