using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// DLOC001/DLOC004 for SaaS and RPC SDKs (SPEC §4): SendGrid, Stripe, SES/SNS, Refit, gRPC, RestSharp,
/// Flurl and WebSockets, each with personal data to a foreign destination, the same call without
/// personal data, a compliant destination, and an unresolved one (where the SDK can have one).
/// </summary>
public class VendorSdkTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Customer = """

        public class Customer
        {
            public string Email { get; set; } = "";
            public string FullName { get; set; } = "";
            public string Phone { get; set; } = "";
        }
        """;

    private const string Unknown = "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)";

    private static DiagnosticResult Dloc001(int at, string api, string what, string path, string destination, string where) =>
        new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, destination, where);

    private static DiagnosticResult Dloc004(int at, string api, string what, string path) =>
        new DiagnosticResult(Descriptors.UnverifiableDestination).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, "CN");

    private static DiagnosticResult Diagnostic(string id, int at, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new DiagnosticResult(id, severity).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, policy);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task SendGrid_mail_goes_to_SendGrid_in_the_US_unless_EU_residency_is_selected()
    {
        await Verify("""
            using System.Threading.Tasks;
            using SendGrid;
            using SendGrid.Helpers.Mail;

            class Mailer
            {
                private readonly SendGridClient _client = new SendGridClient("key");

                Task Welcome(Customer customer)
                {
                    var msg = MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress(customer.Email), "Welcome", "Hello", "<p>Hello</p>");
                    return {|#0:_client.SendEmailAsync(msg)|};
                }

                Task Greet(ISendGridClient client, Customer customer)
                {
                    var msg = new SendGridMessage { Subject = "Hello " + customer.FullName };
                    msg.AddTo("ops@shop.example");
                    return {|#1:client.SendEmailAsync(msg)|};
                }

            }

            class EuMailer
            {
                private readonly SendGridClient _client;

                EuMailer()
                {
                    var options = new SendGridClientOptions { ApiKey = "key" };
                    options.SetDataResidency("eu");
                    _client = new SendGridClient(options);
                }

                Task Welcome(Customer customer) => {|#2:_client.SendEmailAsync(MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress(customer.Email), "Welcome", "Hello", ""))|};
            }
            """,
            new[] { China },
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 0),
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 1),
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 2));
    }

    [Fact]
    public async Task SendGrid_EU_residency_is_compliant_under_an_EU_jurisdiction()
    {
        await Verify("""
            using System.Threading.Tasks;
            using SendGrid;
            using SendGrid.Helpers.Mail;

            class Mailer
            {
                Task Welcome(Customer customer)
                {
                    var options = new SendGridClientOptions { ApiKey = "key" }.SetDataResidency("eu");
                    var client = new SendGridClient(options);
                    return client.SendEmailAsync(MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress(customer.Email), "Welcome", "Hello", ""));
                }

                Task Global(Customer customer) =>
                    {|#0:new SendGridClient("key").SendEmailAsync(MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress(customer.Email), "Welcome", "Hello", ""))|};
            }
            """,
            new[] { "data_localization.jurisdiction = EU" },
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 0));
    }

    [Fact]
    public async Task Stripe_options_carrying_customer_data_go_to_Stripe()
    {
        await Verify("""
            class Billing
            {
                void Register(Customer customer) =>
                    {|#0:new Stripe.CustomerService().Create(new Stripe.CustomerCreateOptions { Email = customer.Email, Name = customer.FullName })|};

                async System.Threading.Tasks.Task Move(Stripe.CustomerService customers, string customerId, Customer customer) =>
                    await {|#1:customers.UpdateAsync(customerId, new Stripe.CustomerUpdateOptions { Phone = customer.Phone })|};
            }
            """,
            new[] { China },
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 0),
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 1));
    }

    [Fact]
    public async Task Stripe_approved_after_assessment_is_compliant()
    {
        await Verify("""
            class Billing
            {
                void Register(Customer customer) => new Stripe.CustomerService().Create(new Stripe.CustomerCreateOptions { Email = customer.Email });
            }
            """,
            new[] { China, "data_localization.approved_hosts = api.stripe.com" });
    }

    [Fact]
    public async Task Refit_interface_methods_send_their_arguments_to_the_RestService_url()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Refit;

            public interface ICrmApi
            {
                [Post("/contacts")]
                Task CreateContact([Body] Customer contact);

                [Get("/health")]
                Task Health();
            }

            class Sync
            {
                private readonly ICrmApi _us = RestService.For<ICrmApi>("https://api.crm.com");
                private readonly ICrmApi _local = RestService.For<ICrmApi>("https://crm.shop.internal");

                Task Push(Customer customer) => {|#0:_us.CreateContact(customer)|};
                Task Ping() => _us.Health();
                Task Keep(Customer customer) => _local.CreateContact(customer);
                Task Injected(ICrmApi api, Customer customer) => {|#1:api.CreateContact(customer)|};
            }
            """,
            new[] { China },
            Dloc001(0, "ICrmApi.CreateContact", "contact data", "Customer.Email", "api.crm.com", Unknown),
            Dloc004(1, "ICrmApi.CreateContact", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task Grpc_client_calls_send_the_request_message_to_the_channel_address()
    {
        await Verify("""
            using Grpc.Core;
            using Grpc.Net.Client;

            public class SignupRequest { public string Email { get; set; } = ""; }
            public class PingRequest { public int Sequence { get; set; } }
            public class Reply { }

            public static class Accounts
            {
                public class AccountsClient : ClientBase<AccountsClient>
                {
                    public AccountsClient(ChannelBase channel) : base(channel) { }
                    protected AccountsClient(ClientBaseConfiguration configuration) : base(configuration) { }
                    protected override AccountsClient NewInstance(ClientBaseConfiguration configuration) => new AccountsClient(configuration);
                    public virtual Reply Signup(SignupRequest request, Metadata? headers = null, System.DateTime? deadline = null, System.Threading.CancellationToken cancellationToken = default) => throw null!;
                    public virtual AsyncUnaryCall<Reply> SignupAsync(SignupRequest request, CallOptions options) => throw null!;
                    public virtual Reply Ping(PingRequest request, CallOptions options) => throw null!;
                }
            }

            class Onboarding
            {
                void Register(Customer customer)
                {
                    var channel = GrpcChannel.ForAddress("https://accounts.crm.com");
                    var client = new Accounts.AccountsClient(channel);
                    {|#0:client.Signup(new SignupRequest { Email = customer.Email })|};
                    client.Ping(new PingRequest { Sequence = 1 }, new CallOptions());
                }

                void Local(Customer customer) =>
                    new Accounts.AccountsClient(GrpcChannel.ForAddress("https://accounts.shop.internal")).SignupAsync(new SignupRequest { Email = customer.Email }, new CallOptions());

                void Injected(Accounts.AccountsClient client, Customer customer) => {|#1:client.SignupAsync(new SignupRequest { Email = customer.Email }, new CallOptions())|};
            }
            """,
            new[] { China },
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 0),
            Diagnostic(RuleIdentifiers.UnverifiableDestination, 1, DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task RestSharp_request_body_parameters_and_headers_go_to_the_client_base_url()
    {
        await Verify("""
            using System.Threading.Tasks;
            using RestSharp;

            class Crm
            {
                private readonly RestClient _client = new RestClient("https://api.crm.com");
                private readonly RestClient _local = new RestClient(new RestClientOptions("https://crm.shop.internal"));

                async Task Push(Customer customer)
                {
                    var request = new RestRequest("contacts", Method.Post);
                    request.AddJsonBody(new { customer.Email });
                    await {|#0:_client.ExecuteAsync(request)|};
                }

                Task Find(Customer customer) => {|#1:_client.GetAsync(new RestRequest("contacts").AddQueryParameter("name", customer.FullName))|};

                async Task Header(Customer customer)
                {
                    var request = new RestRequest("contacts");
                    request.AddHeader("X-Phone", customer.Phone);
                    await {|#2:_client.PostAsync(request)|};
                }

                Task Ping() => _client.GetAsync(new RestRequest("health").AddQueryParameter("v", "2"));
                Task Keep(Customer customer) => _local.PostAsync(new RestRequest("contacts").AddJsonBody(customer));
                Task Injected(IRestClient client, Customer customer) => {|#3:client.ExecuteAsync(new RestRequest("contacts").AddParameter("email", customer.Email))|};
            }
            """,
            new[] { China },
            Dloc001(0, "RestClient.ExecuteAsync", "contact data", "Customer.Email", "api.crm.com", Unknown),
            Dloc001(1, "RestClientExtensions.GetAsync", "name data", "Customer.FullName", "api.crm.com", Unknown),
            Dloc001(2, "RestClientExtensions.PostAsync", "contact data", "Customer.Phone", "api.crm.com", Unknown),
            Dloc004(3, "IRestClient.ExecuteAsync", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task Flurl_query_parameters_headers_and_form_posts_go_to_the_chain_url()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Flurl;
            using Flurl.Http;

            class Lookup
            {
                Task Verify(Customer customer) => {|#0:"https://api.hunter.io/v2/email-verifier".SetQueryParam("email", customer.Email).GetAsync()|};
                Task Tag(Customer customer) => {|#1:"https://api.crm.com/contacts".WithHeader("X-User", customer.FullName).PostJsonAsync(new { source = "web" })|};
                Task Form(Customer customer) => {|#2:"https://api.crm.com/form".PostUrlEncodedAsync(new { phone = customer.Phone })|};
                Task Status() => "https://api.crm.com/status".SetQueryParam("v", "2").GetAsync();
                Task Keep(Customer customer) => "https://crm.shop.internal/find".SetQueryParam("email", customer.Email).GetAsync();
                Task Anywhere(string url, Customer customer) => {|#3:url.SetQueryParam("email", customer.Email).GetAsync()|};
            }
            """,
            new[] { China },
            Dloc001(0, "GeneratedExtensions.GetAsync", "contact data", "Customer.Email", "api.hunter.io", Unknown),
            Dloc001(1, "GeneratedExtensions.PostJsonAsync", "name data", "Customer.FullName", "api.crm.com", Unknown),
            Dloc001(2, "GeneratedExtensions.PostUrlEncodedAsync", "contact data", "Customer.Phone", "api.crm.com", Unknown),
            Dloc004(3, "GeneratedExtensions.GetAsync", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task WebSocket_sends_go_to_the_address_the_socket_connected_to()
    {
        await Verify("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            using System.Threading.Tasks;

            class Live
            {
                async Task Push(Customer customer)
                {
                    using var socket = new ClientWebSocket();
                    await socket.ConnectAsync(new Uri("wss://stream.crm.com/live"), default);
                    await {|#0:socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(customer.Email)), WebSocketMessageType.Text, true, default)|};
                    await socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes("ping")), WebSocketMessageType.Text, true, default);
                }

                async Task Keep(Customer customer)
                {
                    using var socket = new ClientWebSocket();
                    await socket.ConnectAsync(new Uri("wss://live.shop.internal/"), default);
                    await socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(customer.Email)), WebSocketMessageType.Text, true, default);
                }

                async Task Anywhere(Uri address, Customer customer)
                {
                    using var socket = new ClientWebSocket();
                    await socket.ConnectAsync(address, default);
                    await {|#1:socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(customer.Email)), WebSocketMessageType.Text, true, default)|};
                }
            }
            """,
            new[] { China },
            Dloc001(0, "ClientWebSocket.SendAsync", "contact data", "Customer.Email", "stream.crm.com", Unknown),
            Dloc004(1, "ClientWebSocket.SendAsync", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task Ses_and_Sns_sends_go_to_the_client_region()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.SimpleNotificationService;
            using Amazon.SimpleNotificationService.Model;
            using Amazon.SimpleEmailV2;

            class Notifier
            {
                private readonly AmazonSimpleNotificationServiceClient _sns = new AmazonSimpleNotificationServiceClient({|#9:RegionEndpoint.USEast1|});
                private readonly AmazonSimpleNotificationServiceClient _cn = new AmazonSimpleNotificationServiceClient(RegionEndpoint.CNNorth1);

                Task Sms(Customer customer) => {|#0:_sns.PublishAsync(new PublishRequest { PhoneNumber = customer.Phone, Message = "Your code is 1234" })|};
                Task Subscribe(Customer customer) => {|#1:_sns.SubscribeAsync("arn:aws:sns:us-east-1:1:news", "email", customer.Email)|};
                Task Broadcast() => _sns.PublishAsync("arn:aws:sns:us-east-1:1:news", "Sale today");
                Task Keep(Customer customer) => _cn.PublishAsync(new PublishRequest { PhoneNumber = customer.Phone, Message = "Your code" });

                Task Mail(IAmazonSimpleEmailServiceV2 ses, Customer customer) =>
                    {|#2:ses.SendEmailAsync(new Amazon.SimpleEmailV2.Model.SendEmailRequest { Destination = new Amazon.SimpleEmailV2.Model.Destination { ToAddresses = { customer.Email } } })|};
            }
            """ + VendorMirrors.AwsMessaging,
            new[] { China },
            Diagnostic(RuleIdentifiers.CloudRegionOutsideJurisdiction, 9),
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 0),
            Diagnostic(RuleIdentifiers.PersonalDataOutsideJurisdiction, 1),
            Diagnostic(RuleIdentifiers.UnverifiableDestination, 2, DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task Sdk_messages_and_options_without_personal_data_are_not_reported()
    {
        await Verify("""
            using System.Threading.Tasks;
            using SendGrid;
            using SendGrid.Helpers.Mail;

            class Quiet
            {
                Task Report(ISendGridClient client) =>
                    client.SendEmailAsync(MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress("ops@shop.example"), "Daily report", "All good", ""));

                void Tag(string customerId) => new Stripe.CustomerService().Update(customerId, new Stripe.CustomerUpdateOptions { Description = "gold" });
            }
            """,
            new[] { China });
    }

    [Fact]
    public async Task Inventory_names_the_vendor_host_the_SaaS_and_RPC_sites_send_to()
    {
        var source = """
            using System.Threading.Tasks;
            using SendGrid;
            using SendGrid.Helpers.Mail;
            using Refit;
            using RestSharp;

            public interface ICrmApi { [Post("/contacts")] Task CreateContact(Customer contact); }

            class Sites
            {
                Task Global(ISendGridClient client, Customer customer) => client.SendEmailAsync(new SendGridMessage { Subject = customer.FullName });

                Task Eu(Customer customer)
                {
                    var options = new SendGridClientOptions { ApiKey = "key" };
                    options.SetDataResidency("eu");
                    return new SendGridClient(options).SendEmailAsync(new SendGridMessage { Subject = customer.FullName });
                }

                Task Host(Customer customer) =>
                    new SendGridClient("key", "https://api.eu.sendgrid.com").SendEmailAsync(new SendGridMessage { Subject = customer.FullName });

                void Pay(Customer customer) => new Stripe.CustomerService().Create(new Stripe.CustomerCreateOptions { Email = customer.Email });
                Task Refit(Customer customer) => RestService.For<ICrmApi>("https://api.crm.com").CreateContact(customer);
                Task Rest(Customer customer) => new RestClient("https://api.crm.com").PostAsync(new RestRequest("contacts").AddJsonBody(customer));
            }
            """ + Customer;
        var rows = (await AnalyzerRunner.RunAsync(source, China))
            .Where(d => d.Id == RuleIdentifiers.EgressInventory && d.Properties["personalData"] != "")
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => $"{d.Properties["api"]}|{d.Properties["egressKind"]}|{d.Properties["destination"]}|{d.Properties["rules"]}");

        Assert.Equal(
            new[]
            {
                "SendGrid.ISendGridClient.SendEmailAsync|saas|api.sendgrid.com|DLOC001",
                "SendGrid.BaseClient.SendEmailAsync|saas|api.eu.sendgrid.com|DLOC001",
                "SendGrid.BaseClient.SendEmailAsync|saas|api.eu.sendgrid.com|DLOC001",
                "Stripe.CustomerService.Create|saas|api.stripe.com|DLOC001",
                "ICrmApi.CreateContact|http|api.crm.com|DLOC001",
                "RestSharp.RestClientExtensions.PostAsync|http|api.crm.com|DLOC001",
            },
            rows);
    }

    [Fact]
    public async Task Google_client_builders_endpoint_is_judged_where_it_is_written()
    {
        await Verify("""
            using Google.Cloud.Storage.V1;

            public sealed class PublisherServiceApiClientBuilder : Google.Api.Gax.Grpc.ClientBuilderBase<object> { }

            class Clients
            {
                StorageClientBuilder Storage() => new StorageClientBuilder { BaseUri = {|#1:"https://storage.googleapis.com/storage/v1/"|} };
                PublisherServiceApiClientBuilder Publisher() => new PublisherServiceApiClientBuilder { Endpoint = {|#0:"europe-west3-pubsub.googleapis.com:443"|} };
                PublisherServiceApiClientBuilder Global() => new PublisherServiceApiClientBuilder { Endpoint = {|#2:"pubsub.googleapis.com:443"|} };
            }
            """ + VendorMirrors.GoogleGaxGrpc,
            new[] { China },
            Diagnostic(RuleIdentifiers.EndpointOutsideJurisdiction, 0),
            Diagnostic(RuleIdentifiers.EndpointOutsideJurisdiction, 1),
            Diagnostic(RuleIdentifiers.EndpointOutsideJurisdiction, 2));
    }
}
