using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// DLOC007: a destination inside the jurisdiction run by an operator another state can compel. One test per
/// family of operator rows (AWS partitions, Azure and its partner clouds, Chinese clouds, SaaS hosts), each
/// with the quiet cases: an inside operator, an explicit approval, sovereignty off.
/// </summary>
public class OperatorRuleTests
{
    private const string EuSovereign = "data_localization.jurisdiction = EU\ndata_localization.sovereignty = on";
    private const string ChinaSovereign = "data_localization.jurisdiction = CN\ndata_localization.sovereignty = on";

    private static DiagnosticResult Dloc007(string what, string value, string place, string @operator, string answersTo, string jurisdiction, string key) =>
        new DiagnosticResult(Descriptors.ForeignOperator).WithArguments(what, value, place, @operator, answersTo, jurisdiction, key);

    private const string AwsClient = """
        using Amazon;
        using Amazon.S3;

        class Storage
        {
            IAmazonS3 Client() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.REGION|})|};
        }
        """;

    [Fact]
    public async Task Aws_region_in_the_EU_is_operated_by_a_US_company()
    {
        var test = AnalyzerTest.Create(AwsClient.Replace("REGION", "EUCentral1"), EuSovereign);
        test.ExpectedDiagnostics.Add(Dloc007("AWS region", "eu-central-1", "Germany (DE)", "Amazon Web Services, Inc.", "United States (US)", "EU", "data_localization.approved_regions")
            .WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Aws_European_Sovereign_Cloud_answers_to_its_US_parent_too()
    {
        var test = AnalyzerTest.Create(AwsClient.Replace("REGION", "EUSCDeEast1"), EuSovereign);
        test.ExpectedDiagnostics.Add(Dloc007("AWS region", "eusc-de-east-1", "Germany (DE)",
                "AWS European Sovereign Cloud (German parent company and subsidiaries of Amazon.com, Inc.)", "Germany (DE) and United States (US)", "EU", "data_localization.approved_regions")
            .WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("EUCentral1", "data_localization.jurisdiction = EU")]
    [InlineData("EUCentral1", "data_localization.jurisdiction = EU\ndata_localization.sovereignty = off")]
    [InlineData("EUCentral1", EuSovereign + "\ndata_localization.approved_regions = aws:eu-central-1")]
    [InlineData("CNNorth1", ChinaSovereign)]
    [InlineData("CNNorthWest1", ChinaSovereign)]
    public async Task Aws_quiet_when_sovereignty_is_off_approved_or_operated_inside(string region, string policy) =>
        await AnalyzerTest.Create(AwsClient.Replace("REGION", region).Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", ""), policy).RunAsync();

    [Fact]
    public async Task Azure_China_is_operated_by_21Vianet_inside_CN()
    {
        await AnalyzerTest.Create("""
            using Azure.Core;

            class Deployment
            {
                AzureLocation Location() => AzureLocation.ChinaNorth3;
            }
            """, ChinaSovereign).RunAsync();
    }

    [Fact]
    public async Task Cosmos_region_in_the_EU_offers_the_partner_sovereign_clouds_operated_inside()
    {
        var test = new LocalizationTest<UseApprovedRegionFix>("""
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Options() => {|#1:new CosmosClientOptions { ApplicationRegion = {|#0:Regions.WestEurope|} }|};
            }
            """, EuSovereign)
        {
            FixedCode = """
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Options() => new CosmosClientOptions { ApplicationRegion = Regions.BleuFranceCentral };
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc007("Azure region", "westeurope", "Netherlands (NL)", "Microsoft Corporation", "United States (US)", "EU", "data_localization.approved_regions")
            .WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Partner_sovereign_cloud_region_is_quiet_under_EU()
    {
        await AnalyzerTest.Create("""
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Options() => new CosmosClientOptions { ApplicationRegion = Regions.DelosCloudGermanyCentral };
            }
            """, EuSovereign).RunAsync();
    }

    private const string HttpBase = """
        using System;
        using System.Net.Http;

        class Uploads
        {
            HttpClient Client() => new HttpClient { {|#1:BaseAddress = new Uri({|#0:"https://HOST/"|})|} };
        }
        """;

    [Fact]
    public async Task Alibaba_overseas_region_answers_to_Singapore_and_China()
    {
        var test = AnalyzerTest.Create(HttpBase.Replace("HOST", "oss-eu-central-1.aliyuncs.com"), EuSovereign);
        test.ExpectedDiagnostics.Add(Dloc007("HttpClient.BaseAddress endpoint", "oss-eu-central-1.aliyuncs.com", "Germany (DE)",
                "Alibaba Cloud (Singapore) Private Limited (Alibaba Group)", "China (CN) and Singapore (SG)", "EU", "data_localization.approved_hosts")
            .WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("oss-cn-hangzhou.aliyuncs.com", ChinaSovereign)]
    [InlineData("oss-eu-central-1.aliyuncs.com", EuSovereign + "\ndata_localization.approved_hosts = *.aliyuncs.com")]
    [InlineData("oss-eu-central-1.aliyuncs.com", EuSovereign + "\ndata_localization.host_jurisdictions = oss-eu-central-1.aliyuncs.com=DE")]
    [InlineData("o1.ingest.de.sentry.io", "data_localization.jurisdiction = EU")]
    public async Task Hosts_quiet_when_operated_inside_approved_or_sovereignty_off(string host, string policy) =>
        await AnalyzerTest.Create(HttpBase.Replace("HOST", host).Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", ""), policy).RunAsync();

    [Theory]
    [InlineData("cos.eu-frankfurt.myqcloud.com", "Germany (DE)", "Tencent Cloud International Pte. Ltd. (Tencent Holdings)", "China (CN) and Singapore (SG)")]
    [InlineData("obs.eu-west-101.myhuaweicloud.com", "Ireland (IE)", "Huawei Cloud international entities (Huawei Investment & Holding Co., Ltd.)", "China (CN)")]
    [InlineData("objectstorage.eu-frankfurt-1.oraclecloud.com", "Germany (DE)", "Oracle Corporation", "United States (US)")]
    [InlineData("objectstorage.eu-frankfurt-2.oraclecloud.eu", "Germany (DE)", "Oracle EU Sovereign Cloud (EU subsidiaries of Oracle Corporation)", "Germany (DE) and United States (US)")]
    [InlineData("europe-west3-aiplatform.googleapis.com", "Germany (DE)", "Google LLC", "United States (US)")]
    public async Task Other_provider_families_in_the_EU_answer_to_their_seat(string host, string place, string @operator, string answersTo)
    {
        var test = AnalyzerTest.Create(HttpBase.Replace("HOST", host), EuSovereign);
        test.ExpectedDiagnostics.Add(Dloc007("HttpClient.BaseAddress endpoint", host, place, @operator, answersTo, "EU", "data_localization.approved_hosts").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("cos.ap-guangzhou.myqcloud.com", ChinaSovereign)]
    [InlineData("obs.cn-north-4.myhuaweicloud.com", ChinaSovereign)]
    [InlineData("storage.yandexcloud.net", "data_localization.jurisdiction = RU\ndata_localization.sovereignty = on")]
    [InlineData("objectstorage.eu-frankfurt-1.oraclecloud.com", EuSovereign + "\ndata_localization.approved_hosts = *.oraclecloud.com")]
    [InlineData("europe-west3-aiplatform.googleapis.com", "data_localization.jurisdiction = EU")]
    public async Task Other_provider_families_quiet_inside_approved_or_off(string host, string policy) =>
        await AnalyzerTest.Create(HttpBase.Replace("HOST", host).Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", ""), policy).RunAsync();

    [Theory]
    [InlineData(EuSovereign + "\ndata_localization.approved_regions = azure:westeurope")]
    [InlineData("data_localization.jurisdiction = EU")]
    public async Task Azure_region_quiet_when_approved_or_sovereignty_off(string policy) =>
        await AnalyzerTest.Create("""
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Options() => new CosmosClientOptions { ApplicationRegion = Regions.WestEurope };
            }
            """, policy).RunAsync();

    [Fact]
    public async Task Sentry_EU_ingest_is_run_by_a_US_company()
    {
        var test = AnalyzerTest.Create("""
            using Sentry;

            class Monitoring
            {
                void Configure(SentryOptions options) => {|#1:options.Dsn = {|#0:"https://key@o1.ingest.de.sentry.io/42"|}|};
            }
            """, EuSovereign);
        test.ExpectedDiagnostics.Add(Dloc007("SentryOptions.Dsn endpoint", "o1.ingest.de.sentry.io", "Germany (DE)", "Functional Software, Inc. (Sentry)", "United States (US)", "EU", "data_localization.approved_hosts")
            .WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }
}
