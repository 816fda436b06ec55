using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// DLOC001/DLOC004 for each sink family: personal data to a foreign destination, the same call without
/// personal data, a compliant destination, and an unresolved one; flows through locals, containers and helpers.
/// </summary>
public class PersonalDataRuleTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Customer = """

        public class Customer
        {
            public string Email { get; set; } = "";
            public string FullName { get; set; } = "";
            public string IdCardNumber { get; set; } = "";
        }

        public class Product
        {
            public string Sku { get; set; } = "";
            public decimal Price { get; set; }
        }
        """;

    private static DiagnosticResult Dloc001(int at, string api, string what, string path, string destination, string where) =>
        new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, destination, where);

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, new[] { China }, expected);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, policy);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Http_json_post_of_a_customer_to_a_foreign_SaaS_replaces_the_endpoint_finding()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                Task Push(HttpClient http, Customer customer) => {|#0:http.PostAsJsonAsync("https://api.openai.com/v1/files", customer)|};
                Task Catalog(HttpClient http, Product product) => http.PostAsJsonAsync({|#1:"https://api.openai.com/v1/files"|}, product);
                Task Local(HttpClient http, Customer customer) => http.PostAsJsonAsync("https://crm.shop.internal/contacts", customer);
                Task Anywhere(HttpClient http, Customer customer, string url) => {|#2:http.PostAsJsonAsync(url, customer)|};
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "government_id data (sensitive personal information)", "Customer.IdCardNumber", "api.openai.com",
                "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed"),
            Dloc003(1),
            Dloc004(2));
    }

    [Fact]
    public async Task Unknown_hosts_are_denied_by_default_for_personal_data()
    {
        await Verify("""
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            class Crm
            {
                Task Push(HttpClient http, Customer customer)
                {
                    var body = "{\"email\":\"" + customer.Email + "\"}";
                    var content = new StringContent(body, Encoding.UTF8, "application/json");
                    return {|#0:http.PostAsync("https://api.crm.com/contacts", content)|};
                }

                Task Approved(HttpClient http, Customer customer) => http.PostAsync("https://api.partner.cn/contacts", new StringContent(customer.Email));
                Task Placed(HttpClient http, Customer customer) => http.PostAsync("https://llm-cn.acme.com/v1", new StringContent(customer.Email));
            }
            """,
            new[] { China, "data_localization.approved_hosts = api.partner.cn", "data_localization.host_jurisdictions = llm-cn.acme.com=CN" },
            Dloc001(0, "HttpClient.PostAsync", "contact data", "Customer.Email", "api.crm.com",
                "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)"));
    }

    [Fact]
    public async Task Request_message_whose_content_is_set_then_sent()
    {
        await Verify("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                async Task Push(HttpClient http, Customer customer)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, {|#1:"https://api.mixpanel.com/engage"|});
                    request.Content = JsonContent.Create(new { email = customer.Email, name = customer.FullName });
                    await {|#0:http.SendAsync(request)|};
                }

                async Task Ping(HttpClient http)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, {|#2:"https://api.mixpanel.com/health"|});
                    await http.SendAsync(request);
                }
            }
            """,
            Dloc001(0),
            Dloc003(1),
            Dloc003(2));
    }

    [Fact]
    public async Task Typed_client_base_address_set_in_its_constructor()
    {
        await Verify("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class CrmClient
            {
                private readonly HttpClient _http;

                public CrmClient(HttpClient http)
                {
                    _http = http;
                    _http.BaseAddress = new Uri({|#1:"https://api.segment.io/"|});
                }

                public Task Identify(Customer customer) => {|#0:_http.PostAsJsonAsync("v1/identify", new { customer.Email })|};
                public Task Health() => _http.GetAsync("health");
            }
            """,
            Dloc003(1),
            Dloc001(0));
    }

    [Fact]
    public async Task Mail_to_a_foreign_smtp_relay()
    {
        await Verify("""
            using System.Net.Mail;

            class Notifications
            {
                private readonly SmtpClient _smtp = new SmtpClient({|#1:"email-smtp.us-east-1.amazonaws.com"|});

                void Welcome(Customer customer) => {|#0:_smtp.Send("shop@example.cn", customer.Email, "Welcome", "Hello " + customer.FullName)|};
                void Report() => _smtp.Send("shop@example.cn", "ops@shop.cn", "Daily report", "All good");
            }
            """,
            Dloc003(1),
            Dloc001(0));
    }

    [Fact]
    public async Task Cloud_SDK_payload_calls_are_judged_by_the_client_region()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.SQS;

            class Archive
            {
                private readonly AmazonS3Client _us = new AmazonS3Client({|#1:RegionEndpoint.USEast1|});
                private readonly AmazonS3Client _cn = new AmazonS3Client(RegionEndpoint.CNNorth1);

                Task Store(Customer customer) => {|#0:_us.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = customer.Email })|};
                Task Keep(Customer customer) => _cn.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = customer.Email });
                Task Injected(IAmazonS3 s3, Customer customer) => {|#2:s3.PutObjectAsync(new PutObjectRequest { ContentBody = customer.FullName })|};
                Task Queue(IAmazonSQS sqs, Customer customer) => {|#3:sqs.SendMessageAsync("https://sqs.eu-west-1.amazonaws.com/123/orders", customer.Email)|};
                Task Prices(IAmazonSQS sqs, Product product) => sqs.SendMessageAsync("https://sqs.cn-north-1.amazonaws.com.cn/123/prices", product.Sku);
            }
            """,
            new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            Dloc001(0),
            Dloc004(2),
            Dloc001(3));
    }

    [Fact]
    public async Task Azure_SDK_payload_calls()
    {
        await Verify("""
            using System;
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;
            using Azure.Storage.Blobs;
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                private readonly CosmosClient _cosmos = new CosmosClient({|#1:"https://orders.documents.azure.com:443/"|}, "a2V5");

                Task Save(Customer customer) => {|#0:_cosmos.GetContainer("shop", "customers").CreateItemAsync(customer)|};
                Task Publish(ServiceBusSender sender, Customer customer) => {|#2:sender.SendMessageAsync(new ServiceBusMessage(customer.Email))|};
                Task Upload(BlobContainerClient blobs, Product product) => blobs.UploadBlobAsync(product.Sku, BinaryData.FromString(product.Sku));
            }
            """,
            Dloc003(1),
            Dloc001(0),
            Dloc004(2));
    }

    [Fact]
    public async Task Telemetry_carries_personal_data_too()
    {
        await Verify("""
            using System.Collections.Generic;
            using Microsoft.ApplicationInsights;
            using Sentry;

            class Tracking
            {
                void Signup(TelemetryClient telemetry, Customer customer) =>
                    {|#0:telemetry.TrackEvent("signup", new Dictionary<string, string> { ["email"] = customer.Email })|};
                void Error(Customer customer) => {|#1:SentrySdk.CaptureMessage("Payment failed for " + customer.Email)|};
                void Identify(Scope scope, Customer customer) => {|#2:scope.User = new SentryUser { Email = customer.Email }|};
                void Count(TelemetryClient telemetry) => telemetry.TrackEvent("signup");
            }
            """,
            Dloc004(0),
            Dloc004(1),
            Dloc004(2));
    }

    [Fact]
    public async Task Helper_that_sends_its_parameter_is_reported_at_the_call_two_calls_deep()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                private readonly HttpClient _http = new HttpClient();

                Task Send(object payload) => _http.PostAsJsonAsync({|#2:"https://api.segment.io/v1/track"|}, payload);
                Task Track(string value) => Send(new { value });

                Task Signup(Customer customer) => {|#0:Track(customer.Email)|};
                Task Restock(Product product) => Track(product.Sku);
                Task Direct(Customer customer) => {|#1:Send(customer)|};
            }
            """,
            Dloc003(2),
            Dloc001(1).WithMessage(null),
            Dloc001(0).WithMessage(null));
    }

    [Fact]
    public async Task Typed_and_named_clients_take_their_base_address_from_AddHttpClient()
    {
        var test = AnalyzerTest.Create("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddHttpClient<CrmClient>(client => client.BaseAddress = new Uri({|#2:"https://api.segment.io/"|}));
                    services.AddHttpClient("loyalty", client => client.BaseAddress = new Uri("https://loyalty.shop.cn/"));
                }
            }

            class CrmClient(HttpClient http)
            {
                public Task Identify(Customer customer) => {|#0:http.PostAsJsonAsync("v1/identify", customer)|};
            }

            class Loyalty(IHttpClientFactory factory)
            {
                public Task Enrol(Customer customer)
                {
                    var client = factory.CreateClient("loyalty");
                    return client.PostAsJsonAsync("members", customer);
                }

                public Task Unknown(Customer customer) => {|#1:factory.CreateClient("partners").PostAsJsonAsync("members", customer)|};
            }
            """ + Customer, China, "data_localization.host_jurisdictions = loyalty.shop.cn=CN");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdictionThroughHelper).WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("HttpClientJsonExtensions.PostAsJsonAsync", "government_id data (sensitive personal information)",
                "Customer.IdCardNumber", "api.segment.io", "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed"));
        test.ExpectedDiagnostics.Add(Dloc004(1));
        test.ExpectedDiagnostics.Add(Dloc003(2));
        await test.RunAsync();
    }

    [Fact]
    public async Task Mail_relay_in_the_jurisdiction_and_one_decided_at_run_time()
    {
        await Verify("""
            using System.Net.Mail;

            class Notifications
            {
                void Local(Customer customer) => new SmtpClient("smtp.internal").Send("shop@shop.cn", customer.Email, "Hi", "Hello");
                void Placed(Customer customer) => new SmtpClient("mail.shop.cn").Send("shop@shop.cn", customer.Email, "Hi", "Hello");
                void Configured(SmtpClient smtp, Customer customer) => {|#0:smtp.Send("shop@shop.cn", customer.Email, "Hi", "Hello")|};
            }
            """,
            new[] { China, "data_localization.host_jurisdictions = mail.shop.cn=CN" },
            Dloc004(0));
    }

    [Fact]
    public async Task Azure_China_Cosmos_account_is_compliant()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Microsoft.Azure.Cosmos;

            class Orders
            {
                Task Save(Customer customer)
                {
                    var cosmos = new CosmosClient("https://orders.documents.azure.cn:443/", "a2V5");
                    return cosmos.GetContainer("shop", "customers").UpsertItemAsync(customer);
                }
            }
            """);
    }

    [Fact]
    public async Task Telemetry_client_built_with_its_connection_string_in_place()
    {
        await Verify("""
            using Microsoft.ApplicationInsights;
            using Microsoft.ApplicationInsights.Extensibility;

            class Tracking
            {
                void Abroad(Customer customer)
                {
                    var telemetry = new TelemetryClient(new TelemetryConfiguration { ConnectionString = {|#2:"InstrumentationKey=k;IngestionEndpoint=https://westus2-1.in.applicationinsights.azure.com/"|} });
                    {|#0:telemetry.TrackTrace("Signed up: " + customer.Email)|};
                }

                void AtHome(Customer customer)
                {
                    var telemetry = new TelemetryClient(new TelemetryConfiguration { ConnectionString = "InstrumentationKey=k;IngestionEndpoint=https://chinanorth3-0.in.applicationinsights.azure.cn/" });
                    telemetry.TrackTrace("Signed up: " + customer.Email);
                }
            }
            """,
            Dloc003(2),
            Dloc001(0));
    }

    [Fact]
    public async Task Without_a_policy_nothing_is_reported()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                Task Push(HttpClient http, Customer customer) => http.PostAsJsonAsync("https://api.openai.com/v1/files", customer);
            }
            """,
            new[] { "data_localization.name_heuristics = true" },
            AnalyzerTest.NoJurisdictionHint);
    }

    [Fact]
    public async Task Name_heuristics_can_be_switched_off_and_members_silenced()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Ticket
            {
                public string ContactEmail { get; set; } = "";
            }

            class Support
            {
                Task Push(HttpClient http, Ticket ticket) => http.PostAsync("https://api.crm.com/tickets", new StringContent(ticket.ContactEmail));
            }
            """,
            new[] { China, "data_localization.not_personal_data_members = Ticket.ContactEmail" });
    }
}
