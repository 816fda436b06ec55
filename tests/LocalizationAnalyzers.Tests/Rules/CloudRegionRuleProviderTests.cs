using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC002 and its fix for Azure, Cosmos DB and Google Cloud region forms, against the real SDKs.</summary>
public class CloudRegionRuleProviderTests
{
    private const string China = LocalizationTest<UseApprovedRegionFix>.ChinaPolicy;

    private static DiagnosticResult Dloc002(string provider, string region, string name, string country, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithArguments(provider, region, name, country, jurisdiction);

    [Fact]
    public async Task AzureLocation_member_is_replaced_by_ChinaNorth3()
    {
        var test = new LocalizationTest<UseApprovedRegionFix>("""
            using Azure.Core;

            class Deployment
            {
                AzureLocation Location() => {|#0:AzureLocation.EastUS|};
            }
            """, China)
        {
            FixedCode = """
            using Azure.Core;

            class Deployment
            {
                AzureLocation Location() => AzureLocation.ChinaNorth3;
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "eastus", "East US", "United States (US)").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task AzureLocation_from_a_string_keeps_the_id_style()
    {
        var test = new LocalizationTest<UseApprovedRegionFix>("""
            using Azure.Core;

            class Deployment
            {
                AzureLocation Created() => new AzureLocation({|#0:"westeurope"|});
                AzureLocation Converted() => {|#1:"eastasia"|};
            }
            """, China)
        {
            FixedCode = """
            using Azure.Core;

            class Deployment
            {
                AzureLocation Created() => new AzureLocation("chinanorth3");
                AzureLocation Converted() => "chinanorth3";
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "westeurope", "West Europe", "Netherlands (NL)").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "eastasia", "East Asia", "Hong Kong (HK)").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [Fact]
    public async Task Cosmos_application_region_constant_and_display_name()
    {
        var test = new LocalizationTest<UseApprovedRegionFix>("""
            using System.Collections.Generic;
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Primary() => {|#1:new CosmosClientOptions { ApplicationRegion = {|#0:Regions.WestUS|} }|};
                CosmosClientOptions Failover() => new CosmosClientOptions
                {
                    ApplicationPreferredRegions = new List<string> { Regions.ChinaEast2, {|#2:"Southeast Asia"|} },
                };
            }
            """, China)
        {
            FixedCode = """
            using System.Collections.Generic;
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                CosmosClientOptions Primary() => new CosmosClientOptions { ApplicationRegion = Regions.ChinaNorth3 };
                CosmosClientOptions Failover() => new CosmosClientOptions
                {
                    ApplicationPreferredRegions = new List<string> { Regions.ChinaEast2, "China North 3" },
                };
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "westus", "West US", "United States (US)").WithLocation(0).WithLocation(1));
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "southeastasia", "Southeast Asia", "Singapore (SG)").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.CodeActionEquivalenceKey = "DLOC002:PreferredRegion";
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Cosmos_builder_region()
    {
        var test = AnalyzerTest.Create("""
            using Microsoft.Azure.Cosmos.Fluent;

            class Orders
            {
                CosmosClientBuilder Builder() => {|#1:new CosmosClientBuilder("https://orders.documents.azure.com:443/", "a2V5").WithApplicationRegion({|#0:"West Europe"|})|};
            }
            """, "data_localization.jurisdiction = CH");
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "westeurope", "West Europe", "Netherlands (NL)", "CH").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Google_Cloud_Storage_bucket_location()
    {
        var test = AnalyzerTest.Create("""
            using Google.Apis.Storage.v1.Data;

            class Buckets
            {
                Bucket Eu() => new Bucket { Name = "invoices", Location = "EU" };
                Bucket Us() => {|#1:new Bucket { Name = "exports", {|#2:Location = {|#0:"US"|}|} }|};
                Bucket Frankfurt() => new Bucket { Location = "europe-west3" };
            }
            """, "data_localization.jurisdiction = EU");
        test.ExpectedDiagnostics.Add(Dloc002("Google Cloud", "us", "United States (multi-region)", "United States (US)", "EU").WithLocation(0).WithLocation(2));
        await test.RunAsync();
    }

    [Fact]
    public async Task Hong_Kong_and_Taiwan_are_not_mainland_China()
    {
        var test = AnalyzerTest.Create("""
            using Azure.Core;
            using Google.Apis.Storage.v1.Data;

            class Regions
            {
                AzureLocation HongKong() => {|#0:AzureLocation.EastAsia|};
                Bucket Taiwan() => new Bucket { {|#1:Location = {|#2:"asia-east1"|}|} };
            }
            """, China);
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "eastasia", "East Asia", "Hong Kong (HK)").WithLocation(0));
        test.ExpectedDiagnostics.Add(Dloc002("Google Cloud", "asia-east1", "Taiwan", "Taiwan (TW)").WithLocation(2).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("GB", "UKSouth")]
    [InlineData("CH", "SwitzerlandNorth")]
    [InlineData("EU", "NorthEurope")]
    [InlineData("US", "USGovVirginia")]
    public async Task Regions_inside_the_jurisdiction_are_compliant(string jurisdiction, string member)
    {
        await AnalyzerTest.Create($$"""
            using Azure.Core;

            class Deployment
            {
                AzureLocation Location() => AzureLocation.{{member}};
            }
            """, "data_localization.jurisdiction = " + jurisdiction).RunAsync();
    }
}
