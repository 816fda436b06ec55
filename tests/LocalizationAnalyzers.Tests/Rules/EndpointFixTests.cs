using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC003's fixes: the in-jurisdiction counterpart, and approving the host in the policy file.</summary>
public class EndpointFixTests
{
    private static DiagnosticResult Dloc003(int location) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Azure_global_connection_string_becomes_Azure_China()
    {
        var test = new LocalizationTest<UseInJurisdictionEndpointFix>("""
            using Azure.Storage.Blobs;

            class Images
            {
                BlobServiceClient Create() => new BlobServiceClient(/* images */ {|#0:"DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.windows.net"|});
            }
            """, LocalizationTest<UseInJurisdictionEndpointFix>.ChinaPolicy)
        {
            FixedCode = """
            using Azure.Storage.Blobs;

            class Images
            {
                BlobServiceClient Create() => new BlobServiceClient(/* images */ "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Dloc003(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Sentry_US_ingest_becomes_EU_ingest_with_fix_all()
    {
        var test = new LocalizationTest<UseInJurisdictionEndpointFix>("""
            using Sentry;

            class Errors
            {
                void Api() => SentrySdk.Init({|#0:"https://abc@o4504.ingest.us.sentry.io/4505"|});
                SentryOptions Worker() => new SentryOptions { Dsn = {|#1:"https://def@o4504.ingest.us.sentry.io/4506"|} };
            }
            """, "data_localization.jurisdiction = EU")
        {
            FixedCode = """
            using Sentry;

            class Errors
            {
                void Api() => SentrySdk.Init("https://abc@o4504.ingest.de.sentry.io/4505");
                SentryOptions Worker() => new SentryOptions { Dsn = "https://def@o4504.ingest.de.sentry.io/4506" };
            }
            """,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Dloc003(0));
        test.ExpectedDiagnostics.Add(Dloc003(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Personal_data_sent_to_a_literal_destination_gets_the_counterpart_too()
    {
        var test = new LocalizationTest<UseInJurisdictionEndpointFix>("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class Subscriber
            {
                public string Email { get; set; } = "";
            }

            class Newsletter
            {
                Task Send(HttpClient http, Subscriber subscriber) =>
                    {|#0:http.PostAsJsonAsync("https://api.sendgrid.com/v3/mail/send", new { to = subscriber.Email })|};
            }
            """, "data_localization.jurisdiction = EU")
        {
            FixedCode = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class Subscriber
            {
                public string Email { get; set; } = "";
            }

            class Newsletter
            {
                Task Send(HttpClient http, Subscriber subscriber) =>
                    http.PostAsJsonAsync("https://api.eu.sendgrid.com/v3/mail/send", new { to = subscriber.Email });
            }
            """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_counterpart_means_no_endpoint_fix()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Models
            {
                Task List(HttpClient http, string body) => http.PostAsync({|#0:"https://api.openai.com/v1/models"|}, new StringContent(body));
            }
            """;
        var test = new LocalizationTest<UseInJurisdictionEndpointFix>(source, LocalizationTest<UseInJurisdictionEndpointFix>.ChinaPolicy) { FixedCode = source };
        test.ExpectedDiagnostics.Add(Dloc003(0));
        test.FixedState.ExpectedDiagnostics.Add(Dloc003(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Approving_a_host_adds_it_to_the_existing_key()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Models
            {
                Task List(HttpClient http, string body) => http.PostAsync({|#0:"https://api.openai.com/v1/models"|}, new StringContent(body));
            }
            """;
        var test = new LocalizationTest<ApproveHostFix>(source, "data_localization.jurisdiction = CN", "data_localization.approved_hosts = api.partner.cn")
        {
            FixedCode = source.Replace("{|#0:", "").Replace("|}", ""),
        };
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndata_localization.jurisdiction = CN\ndata_localization.approved_hosts = api.partner.cn, api.openai.com\n"));
        test.ExpectedDiagnostics.Add(Dloc003(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Approving_hosts_creates_the_key_and_fix_all_approves_every_host_once()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Vendors
            {
                Task Models(HttpClient http, string body) => http.PostAsync({|#0:"https://api.openai.com/v1/models"|}, new StringContent(body));
                Task Again(HttpClient http, string body) => http.PostAsync({|#1:"https://api.openai.com/v1/files"|}, new StringContent(body));
                Task Events(HttpClient http, string body) => http.PostAsync({|#2:"https://api.mixpanel.com/track"|}, new StringContent(body));
            }
            """;
        var test = new LocalizationTest<ApproveHostFix>(source, "data_localization.jurisdiction = CN");
        var fixedSource = source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", "");
        test.FixedCode = fixedSource;
        test.BatchFixedCode = fixedSource;
        // One at a time: the first fix approves api.openai.com (both of its calls), the second api.mixpanel.com.
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndata_localization.jurisdiction = CN\ndata_localization.approved_hosts = api.openai.com, api.mixpanel.com\n"));
        test.BatchFixedState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndata_localization.jurisdiction = CN\ndata_localization.approved_hosts = api.mixpanel.com, api.openai.com\n"));
        test.ExpectedDiagnostics.Add(Dloc003(0));
        test.ExpectedDiagnostics.Add(Dloc003(1));
        test.ExpectedDiagnostics.Add(Dloc003(2));
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public void Host_list_edits_keep_the_rest_of_the_file()
    {
        const string editorconfig = "root = true\n\n[*.cs]\nindent_style = space\ndata_localization.approved_hosts = a.example.cn\ndotnet_diagnostic.DLOC003.severity = error\n";

        Assert.Equal(
            "root = true\n\n[*.cs]\nindent_style = space\ndata_localization.approved_hosts = a.example.cn, b.example.cn\ndotnet_diagnostic.DLOC003.severity = error\n",
            ApproveHostFix.WithHosts(editorconfig, new[] { "b.example.cn", "A.EXAMPLE.CN" }));
        Assert.Equal("is_global = true\ndata_localization.approved_hosts = c.example.cn\n", ApproveHostFix.WithHosts("is_global = true", new[] { "c.example.cn" }));
    }
}
