using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC003: endpoints known to be outside, for each family of SDK, at the literal where they are written.</summary>
public class EndpointRuleTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;
    private const string Hint = "; use an endpoint inside CN or approve the host in data_localization.approved_hosts";

    private static DiagnosticResult Dloc003(string api, string host, string place, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithLocation(0).WithLocation(1)
            .WithArguments(api, host, place, jurisdiction);

    private static async Task Verify(string source, DiagnosticResult? expected, params string[] policy)
    {
        var test = AnalyzerTest.Create(source, policy.Length == 0 ? new[] { China } : policy);
        if (expected is { } diagnostic)
        {
            test.ExpectedDiagnostics.Add(diagnostic);
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Http_request_url_of_a_US_SaaS()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Models
            {
                // The body comes from the callers: the request is not wholly in view (SPEC §5 DLOC003).
                Task List(HttpClient http, string body) => {|#1:http.PostAsync({|#0:"https://api.openai.com/v1/models"|}, new StringContent(body))|};
            }
            """,
            Dloc003("HttpClient.PostAsync", "api.openai.com", "United States (US)"));
    }

    [Fact]
    public async Task Base_address_in_a_constant_is_reported_where_the_constant_is_written()
    {
        await Verify("""
            using System;
            using System.Net.Http;

            static class Endpoints
            {
                public const string Analytics = {|#0:"https://api.mixpanel.com/"|};
            }

            class Tracking
            {
                HttpClient Create() => new HttpClient { {|#1:BaseAddress = new Uri(Endpoints.Analytics)|} };
            }
            """,
            Dloc003("HttpClient.BaseAddress", "api.mixpanel.com", "United States (US)"));
    }

    [Fact]
    public async Task Interpolated_url_whose_host_is_known()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Segment
            {
                Task<HttpResponseMessage> Track(HttpClient http, string id) =>
                    {|#1:http.DeleteAsync({|#0:$"https://api.segment.io/v1/users/{id}"|})|};
            }
            """,
            Dloc003("HttpClient.DeleteAsync", "api.segment.io", "United States (US)"));
    }

    [Fact]
    public async Task Azure_global_storage_connection_string_under_China()
    {
        await Verify("""
            using Azure.Storage.Blobs;

            class Images
            {
                BlobServiceClient Create() => {|#1:new BlobServiceClient({|#0:"DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.windows.net"|})|};
            }
            """,
            Dloc003("BlobServiceClient", "shop.blob.core.windows.net", "the Azure public cloud (34 countries)"));
    }

    [Fact]
    public async Task Azure_China_storage_is_compliant_under_China()
    {
        await Verify("""
            using System;
            using Azure.Storage.Blobs;

            class Images
            {
                BlobServiceClient Create() => new BlobServiceClient(new Uri("https://shop.blob.core.chinacloudapi.cn/"));
            }
            """,
            null);
    }

    [Fact]
    public async Task Sentry_US_DSN_under_the_EU()
    {
        await Verify("""
            using Sentry;

            class Errors
            {
                SentryOptions Options() => new SentryOptions { {|#1:Dsn = {|#0:"https://abc@o4504.ingest.us.sentry.io/4505"|}|} };
            }
            """,
            Dloc003("SentryOptions.Dsn", "o4504.ingest.us.sentry.io", "United States (US)", "EU"),
            "data_localization.jurisdiction = EU");
    }

    [Fact]
    public async Task Sentry_EU_DSN_is_compliant_under_the_EU()
    {
        await Verify("""
            using Sentry;

            class Errors
            {
                void Start() => SentrySdk.Init("https://abc@o4504.ingest.de.sentry.io/4505");
            }
            """,
            null, "data_localization.jurisdiction = EU");
    }

    [Fact]
    public async Task Application_Insights_connection_string_in_a_foreign_region()
    {
        await Verify("""
            using Microsoft.ApplicationInsights.Extensibility;

            class Telemetry
            {
                void Configure(TelemetryConfiguration configuration) =>
                    {|#1:configuration.ConnectionString = {|#0:"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"|}|};
            }
            """,
            Dloc003("TelemetryConfiguration.ConnectionString", "westeurope-5.in.applicationinsights.azure.com", "Netherlands (NL)", "RU"),
            "data_localization.jurisdiction = RU");
    }

    [Fact]
    public async Task OTLP_endpoint_and_ServiceURL()
    {
        await Verify("""
            using System;
            using Amazon.S3;
            using OpenTelemetry.Exporter;

            class Setup
            {
                void Otlp(OtlpExporterOptions options) => {|#1:options.Endpoint = new Uri({|#0:"https://otlp.eu1.datadoghq.eu:4317"|})|};
                AmazonS3Config S3() => new AmazonS3Config { ServiceURL = "https://oss-cn-hangzhou.aliyuncs.com" };
            }
            """,
            new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithLocation(0).WithLocation(1)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            China);
    }

    [Fact]
    public async Task Mail_database_cache_and_rpc_hosts()
    {
        await Verify("""
            using System.Net.Mail;
            using Grpc.Net.Client;
            using Microsoft.Data.SqlClient;
            using StackExchange.Redis;

            class Backends
            {
                SmtpClient Mail() => {|#1:new SmtpClient({|#0:"email-smtp.us-east-1.amazonaws.com"|})|};
                SqlConnection Orders() => new SqlConnection("Server=tcp:orders.database.chinacloudapi.cn,1433;Database=orders");
                ConnectionMultiplexer Cache() => ConnectionMultiplexer.Connect("cache.shop.internal:6379,password=x");
                GrpcChannel Payments() => GrpcChannel.ForAddress("https://payments.shop.cn");
            }
            """,
            Dloc003("SmtpClient", "email-smtp.us-east-1.amazonaws.com", "United States (US)"));
    }

    [Fact]
    public async Task Unknown_hosts_placeholders_and_emulators_are_silent_without_personal_data()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Azure.Storage.Blobs;

            class Quiet
            {
                Task<string> Crm(HttpClient http) => http.GetStringAsync("https://api.crm.com/contacts");
                BlobServiceClient Local() => new BlobServiceClient("UseDevelopmentStorage=true");
                BlobServiceClient Template() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=<your-account>;AccountKey=<key>");
                Task<string> Relative(HttpClient http) => http.GetStringAsync("/contacts");
            }
            """,
            null);
    }

    [Fact]
    public async Task Host_jurisdictions_and_approved_hosts_decide_over_the_catalog()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Partners
            {
                Task<string> Approved(HttpClient http) => http.GetStringAsync("https://api.openai.com/v1/models");
                Task Declared(HttpClient http, string body) => {|#1:http.PostAsync({|#0:"https://eu.api.partner.com/v1"|}, new StringContent(body))|};
                Task<string> Ours(HttpClient http) => http.GetStringAsync("https://llm-cn.acme.com/v1");
            }
            """,
            Dloc003("HttpClient.PostAsync", "eu.api.partner.com", "Germany (DE)"),
            China,
            "data_localization.approved_hosts = api.openai.com",
            "data_localization.host_jurisdictions = eu.api.partner.com=DE, llm-cn.acme.com=CN");
    }

    [Fact]
    public async Task Without_a_jurisdiction_nothing_is_reported()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Models
            {
                Task<string> List(HttpClient http) => http.GetStringAsync("https://api.openai.com/v1/models");
            }
            """,
            null, "data_localization.name_heuristics = true");
    }
}
