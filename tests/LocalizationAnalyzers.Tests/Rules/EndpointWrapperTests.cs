using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// SPEC §3, last paragraph: a URL, region or options object handed to an in-house wrapper that passes it to an
/// egress API is judged where the caller writes it, as if the wrapper were the SDK; a client the wrapper returns
/// sends where the caller said.
/// </summary>
public class EndpointWrapperTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Types = """
        public class Customer
        {
            public string Email { get; set; } = "";
        }
        """;

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string wrapper, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source, China, "data_localization.host_jurisdictions = api.shop.cn=CN");
        test.TestState.Sources.Add(("/0/Wrapper.cs", wrapper));
        test.TestState.Sources.Add(("/0/Types.cs", Types));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private const string HttpFactory = """
        using System;
        using System.Net.Http;

        public static class Clients
        {
            public static HttpClient GetHttpClient(string address)
            {
                var client = new HttpClient();
                client.BaseAddress = new Uri(address);
                return client;
            }

            public static HttpClient Plain(string name) => new HttpClient();
        }
        """;

    [Fact]
    public async Task Address_handed_to_a_client_factory_is_judged_at_the_callers_literal()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class Assistant
            {
                public async Task Ask(Customer customer, string url)
                {
                    var openai = Clients.GetHttpClient({|#0:"https://api.openai.com/"|});
                    await {|#1:openai.PostAsJsonAsync("v1/files", customer)|};
                    var local = Clients.GetHttpClient("https://api.shop.cn/");
                    await local.PostAsJsonAsync("v1/files", customer);
                    var unknown = Clients.GetHttpClient("https://api.partner.io/");
                    await unknown.GetStringAsync("v1/status");
                    var anywhere = Clients.GetHttpClient(url);
                    await {|#2:anywhere.PostAsJsonAsync("v1/files", customer)|};
                    var named = Clients.Plain("https://api.openai.com/");
                }
            }
            """,
            HttpFactory,
            Dloc003(0),
            Dloc001(1),
            Dloc004(2));
    }

    [Fact]
    public async Task Region_handed_to_an_SDK_client_factory_is_judged_at_the_callers_literal()
    {
        await Verify("""
            public class Storage
            {
                public void Open()
                {
                    var us = S3Factory.Create({|#0:"us-east-1"|});
                    var cn = S3Factory.Create("cn-north-1");
                    var label = S3Factory.Describe("us-east-1");
                }
            }
            """,
            """
            using Amazon;
            using Amazon.S3;

            public static class S3Factory
            {
                public static AmazonS3Client Create(string region) => new AmazonS3Client(RegionEndpoint.GetBySystemName(region));

                public static string Describe(string region) => "region " + region;
            }
            """,
            new DiagnosticResult(RuleIdentifiers.CloudRegionOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(0)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", "CN"));
    }

    [Fact]
    public async Task Options_member_set_by_the_caller_then_handed_to_the_client_constructor()
    {
        await Verify("""
            public class Assistant
            {
                public void Open(string configured)
                {
                    var options = new LlmOptions();
                    options.Address = {|#0:"https://api.openai.com/"|};
                    var client = new LlmClient(options);

                    var inline = new LlmClient(new LlmOptions { Address = {|#1:"https://api.openai.com/v1/"|} });
                    var local = new LlmClient(new LlmOptions { Address = "https://api.shop.cn/" });
                    var runtime = new LlmClient(new LlmOptions { Address = configured });
                    var named = new LlmClient(new LlmOptions { Model = "https://api.openai.com/" });
                }
            }
            """,
            """
            using System;
            using System.Net.Http;

            public sealed class LlmOptions
            {
                public string Address { get; set; } = "";
                public string Model { get; set; } = "";
            }

            public sealed class LlmClient
            {
                private readonly HttpClient _http;

                public LlmClient(LlmOptions options)
                {
                    _http = new HttpClient { BaseAddress = new Uri(options.Address) };
                }
            }
            """,
            Dloc003(0),
            Dloc003(1));
    }

    [Theory]
    [InlineData("https://abc@o4504.ingest.us.sentry.io/4505", "DLOC001")]
    [InlineData("https://abc@o4504.ingest.de.sentry.io/4505", "")]
    [InlineData(null, "DLOC004")]
    public async Task Sentry_captures_go_to_the_one_DSN_the_compilation_initialises_Sentry_with(string? dsn, string expected)
    {
        var init = dsn is null ? "SentrySdk.Init(configuredDsn)" : $"SentrySdk.Init(\"{dsn}\")";
        var test = AnalyzerTest.Create($$"""
            using Sentry;

            public static class Startup
            {
                public static void Start(string configuredDsn) => {{init}};
            }

            public class Checkout
            {
                public void Fail(Customer customer) => {|#0:SentrySdk.CaptureMessage("Payment failed for " + customer.Email)|};
                public void Count() => SentrySdk.CaptureMessage("Payment failed");
            }
            """ + Types, "data_localization.jurisdiction = EU");
        if (dsn is not null && expected == "DLOC001")
        {
            // The DSN itself is known to be outside: DLOC003 where it is written.
            test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning)
                .WithSpan(5, 70, 5, 70 + dsn.Length + 2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            test.TestState.ExpectedDiagnostics.Add(Dloc001(0));
        }
        else if (expected == "DLOC004")
        {
            test.TestState.ExpectedDiagnostics.Add(Dloc004(0));
        }

        await test.RunAsync();
    }
}
