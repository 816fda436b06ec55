using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC002 for the AWS SDK: RegionEndpoint members and region id strings, wherever they configure a client.</summary>
public class CloudRegionRuleTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private static DiagnosticResult Dloc002(string region, string name, string country, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction)
            .WithArguments("AWS", region, name, country, jurisdiction);

    private static DiagnosticResult UsEast1 => Dloc002("us-east-1", "US East (N. Virginia)", "United States (US)");

    [Fact]
    public async Task Region_passed_to_a_client_constructor()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_set_on_a_client_config_in_an_initializer()
    {
        const string source = """
            using Amazon;
            using Amazon.DynamoDBv2;

            class Orders
            {
                AmazonDynamoDBClient Create() =>
                    new AmazonDynamoDBClient({|#1:new AmazonDynamoDBConfig { RegionEndpoint = {|#0:Amazon.RegionEndpoint.EUWest1|} }|});
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(Dloc002("eu-west-1", "Europe (Ireland)", "Ireland (IE)").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_assigned_to_a_client_config_property()
    {
        const string source = """
            using Amazon;
            using Amazon.SQS;

            class Queue
            {
                AmazonSQSClient Create()
                {
                    var config = new AmazonSQSConfig();
                    {|#1:config.RegionEndpoint = {|#0:RegionEndpoint.APEast1|}|};
                    return new AmazonSQSClient(config);
                }
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(Dloc002("ap-east-1", "Asia Pacific (Hong Kong)", "Hong Kong (HK)").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_set_on_AWSOptions()
    {
        const string source = """
            using Amazon;
            using Amazon.Extensions.NETCore.Setup;

            class Startup
            {
                AWSOptions Options() => {|#1:new AWSOptions { Region = {|#0:RegionEndpoint.USEast1|} }|};
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_id_string_is_reported_at_the_literal()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => {|#1:new AmazonS3Client(RegionEndpoint.GetBySystemName({|#0:"us-east-1"|}))|};
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_id_in_a_constant_is_reported_where_the_constant_is_written()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            static class Settings
            {
                public const string Region = {|#0:"eu-west-2"|};
            }

            class Storage
            {
                AmazonS3Client Create() => {|#1:new AmazonS3Client(RegionEndpoint.GetBySystemName(Settings.Region))|};
            }
            """;
        var test = AnalyzerTest.Create(source, "data_localization.jurisdiction = EU");
        test.ExpectedDiagnostics.Add(Dloc002("eu-west-2", "Europe (London)", "United Kingdom (GB)", "EU").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_id_in_a_local_is_reported_at_its_initializer()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create()
                {
                    var region = {|#0:"us-east-1"|};
                    return {|#1:new AmazonS3Client(RegionEndpoint.GetBySystemName(region))|};
                }
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_in_a_static_field_is_reported_once_where_it_is_written()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;
            using Amazon.SQS;

            class Clients
            {
                static readonly RegionEndpoint Home = {|#0:RegionEndpoint.USEast1|};

                AmazonS3Client Storage() => new AmazonS3Client(Home);
                AmazonSQSClient Queue() => new AmazonSQSClient(Home);
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_inside_the_jurisdiction_is_compliant()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Beijing() => new AmazonS3Client(RegionEndpoint.CNNorth1);
                AmazonS3Client Ningxia() => new AmazonS3Client(RegionEndpoint.GetBySystemName("cn-northwest-1"));
            }
            """;
        await AnalyzerTest.Create(source, China).RunAsync();
    }

    [Fact]
    public async Task Approved_regions_are_compliant_with_or_without_provider()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Ireland() => new AmazonS3Client(RegionEndpoint.EUWest1);
                AmazonS3Client Frankfurt() => new AmazonS3Client(RegionEndpoint.EUCentral1);
                AmazonS3Client Virginia() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
            }
            """;
        var test = AnalyzerTest.Create(source, China, "data_localization.approved_regions = aws:eu-west-1, eu-central-1");
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_jurisdiction_nothing_is_judged()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.USEast1);
            }
            """;
        var test = AnalyzerTest.Create(source);
        test.ExpectedDiagnostics.Add(AnalyzerTest.NoJurisdictionHint);
        await test.RunAsync();
    }

    [Fact]
    public async Task Reading_or_comparing_a_region_configures_nothing()
    {
        const string source = """
            using Amazon;

            class Routing
            {
                bool IsVirginia(RegionEndpoint region) => region == RegionEndpoint.USEast1;
                string Name() => RegionEndpoint.USWest2.SystemName;
                bool Known(RegionEndpoint region) => region.Equals(RegionEndpoint.EUWest1);
            }
            """;
        await AnalyzerTest.Create(source, China).RunAsync();
    }

    [Fact]
    public async Task Unknown_region_ids_and_runtime_values_are_not_judged_here()
    {
        const string source = """
            using System;
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client FromEnvironment() => new AmazonS3Client(RegionEndpoint.GetBySystemName(Environment.GetEnvironmentVariable("REGION")));
                AmazonS3Client Typo() => new AmazonS3Client(RegionEndpoint.GetBySystemName("us-east-99"));
            }
            """;
        await AnalyzerTest.Create(source, China).RunAsync();
    }

    [Fact]
    public async Task MSBuild_property_sets_the_jurisdiction()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
            }
            """;
        var test = AnalyzerTest.Create(source, "build_property.DataLocalizationJurisdiction = CN");
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_key_wins_over_the_MSBuild_property()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.USEast1);
            }
            """;
        await AnalyzerTest.Create(source, "build_property.DataLocalizationJurisdiction = CN", "data_localization.jurisdiction = US").RunAsync();
    }

    [Theory]
    [InlineData("RU", "EUCentral1", "eu-central-1", "Europe (Frankfurt)", "Germany (DE)")]
    [InlineData("EEA", "EUCentral2", "eu-central-2", "Europe (Zurich)", "Switzerland (CH)")]
    [InlineData("DE, CH", "EUWest3", "eu-west-3", "Europe (Paris)", "France (FR)")]
    [InlineData("CN", "APEast2", "ap-east-2", "Asia Pacific (Taipei)", "Taiwan (TW)")]
    public async Task Jurisdictions_are_judged_by_country(string jurisdiction, string field, string region, string name, string country)
    {
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.{{field}}|})|};
            }
            """;
        var test = AnalyzerTest.Create(source, "data_localization.jurisdiction = " + jurisdiction);
        test.ExpectedDiagnostics.Add(Dloc002(region, name, country, jurisdiction).WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("EU", "EUWest1")]
    [InlineData("EEA", "EUNorth1")]
    [InlineData("DE, CH", "EUCentral2")]
    [InlineData("RU, CN", "CNNorthWest1")]
    public async Task Regions_inside_blocs_and_lists_are_compliant(string jurisdiction, string field)
    {
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.{{field}});
            }
            """;
        await AnalyzerTest.Create(source, "data_localization.jurisdiction = " + jurisdiction).RunAsync();
    }
}
