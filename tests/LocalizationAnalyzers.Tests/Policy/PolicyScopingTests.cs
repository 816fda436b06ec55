using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Policy;

/// <summary>The policy is scoped per file the way editorconfig sections scope any option.</summary>
public class PolicyScopingTests
{
    private const string Client = """
        using Amazon;
        using Amazon.S3;

        class Storage
        {
            AmazonS3Client Create() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.EUWest1|})|};
        }
        """;

    [Fact]
    public async Task A_folder_section_overrides_the_repository_wide_jurisdiction()
    {
        var test = AnalyzerTest.Create(Client);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("/src/China/Storage.cs", Client));
        test.TestState.Sources.Add(("/src/Europe/Storage.cs", Client.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "").Replace("class Storage", "class EuropeStorage")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            data_localization.jurisdiction = CN

            [/src/Europe/**.cs]
            data_localization.jurisdiction = EU
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction)
            .WithLocation(0).WithLocation(1)
            .WithArguments("AWS", "eu-west-1", "Europe (Ireland)", "Ireland (IE)", "CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_global_config_applies_to_every_file_and_an_editorconfig_section_wins_over_it()
    {
        var test = AnalyzerTest.Create(Client, "data_localization.jurisdiction = EU");
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("/src/Legacy/Storage.cs", Client));
        test.TestState.AnalyzerConfigFiles.Add(("/src/.editorconfig", """
            [Legacy/*.cs]
            data_localization.jurisdiction = RU
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction)
            .WithLocation(0).WithLocation(1)
            .WithArguments("AWS", "eu-west-1", "Europe (Ireland)", "Ireland (IE)", "RU"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_wildcard_in_host_jurisdictions_places_every_subdomain_but_not_the_domain_itself()
    {
        // "*." stands for one or more leading labels (SPEC §2), in host_jurisdictions as in approved_hosts.
        var test = AnalyzerTest.Create("""
            using Sentry;

            class Errors
            {
                SentryOptions Api() => new SentryOptions { {|#1:Dsn = {|#0:"https://abc@errors.acme.cn/1"|}|} };
                SentryOptions Worker() => new SentryOptions { {|#3:Dsn = {|#2:"https://abc@eu.errors.acme.cn/2"|}|} };
                SentryOptions Root() => new SentryOptions { Dsn = "https://abc@acme.cn/3" };
            }
            """, "data_localization.jurisdiction = CN", "data_localization.host_jurisdictions = *.acme.cn=DE");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithLocation(0).WithLocation(1)
            .WithArguments("SentryOptions.Dsn", "errors.acme.cn", "Germany (DE)", "CN"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithLocation(2).WithLocation(3)
            .WithArguments("SentryOptions.Dsn", "eu.errors.acme.cn", "Germany (DE)", "CN"));
        await test.RunAsync();
    }
}
