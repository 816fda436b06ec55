using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC006 and "Use the sovereign cloud", against Azure.Identity and Azure.ResourceManager.</summary>
public class SovereignCloudRuleTests
{
    private static DiagnosticResult Dloc006(string member, string cloud, string place, string jurisdiction) =>
        new DiagnosticResult(Descriptors.SovereignCloudOutsideJurisdiction).WithArguments(member, cloud, place, jurisdiction);

    [Fact]
    public async Task Public_cloud_authority_under_China_is_switched_to_Azure_China()
    {
        var test = new LocalizationTest<UseSovereignCloudFix>("""
            using Azure.Identity;

            class Credentials
            {
                DefaultAzureCredential Create() => new DefaultAzureCredential({|#1:new DefaultAzureCredentialOptions { AuthorityHost = {|#0:AzureAuthorityHosts.AzurePublicCloud|} }|});
            }
            """, LocalizationTest<UseSovereignCloudFix>.ChinaPolicy)
        {
            FixedCode = """
            using Azure.Identity;

            class Credentials
            {
                DefaultAzureCredential Create() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzureChina });
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc006("AzureAuthorityHosts.AzurePublicCloud", "the Azure public cloud", "34 countries", "CN").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Arm_environments_are_judged_too()
    {
        var test = new LocalizationTest<UseSovereignCloudFix>("""
            using Azure.ResourceManager;

            class Management
            {
                ArmClientOptions Options() => {|#1:new ArmClientOptions { Environment = {|#0:ArmEnvironment.AzureChina|} }|};
            }
            """, "data_localization.jurisdiction = US")
        {
            FixedCode = """
            using Azure.ResourceManager;

            class Management
            {
                ArmClientOptions Options() => new ArmClientOptions { Environment = ArmEnvironment.AzureGovernment };
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc006("ArmEnvironment.AzureChina", "Azure China (operated by 21Vianet)", "China (CN)", "US").WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("CN", "AzureChina")]
    [InlineData("US", "AzureGovernment")]
    [InlineData("EU", "AzurePublicCloud")]
    [InlineData("US", "AzurePublicCloud")]
    public async Task A_cloud_with_regions_inside_is_not_reported(string jurisdiction, string member)
    {
        await AnalyzerTest.Create($$"""
            using System;
            using Azure.Identity;

            class Credentials
            {
                Uri Authority() => AzureAuthorityHosts.{{member}};
            }
            """, "data_localization.jurisdiction = " + jurisdiction).RunAsync();
    }

    [Fact]
    public async Task Comparing_an_authority_configures_nothing()
    {
        await AnalyzerTest.Create("""
            using System;
            using Azure.Identity;

            class Credentials
            {
                bool IsPublic(Uri authority) => authority == AzureAuthorityHosts.AzurePublicCloud;
            }
            """, LocalizationTest<UseSovereignCloudFix>.ChinaPolicy).RunAsync();
    }
}
