using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// SPEC §3: parameters of methods the compilation does not call (controller actions, minimal-API handlers,
/// consumers, public and interface-implementing methods) are sources by name; a send inside them is reported
/// where it happens. Methods with callers stay neutral (their callers are judged at the hand-over).
/// </summary>
public class EntryPointTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Unknown = "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)";

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source, policy);
        test.TestState.AdditionalReferences.AddRange(AspNetCoreFramework.References);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, new[] { China }, expected);

    [Fact]
    public async Task Controller_action_parameter_sent_in_the_action_is_reported_at_the_call()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("breaches")]
            public class BreachController : ControllerBase
            {
                private readonly HttpClient _http = new HttpClient();

                [HttpGet("{email}")]
                public Task<string> Check(string email) => {|#0:_http.GetStringAsync("https://haveibeenpwned.com/api/v3/breachedaccount/" + email)|};

                [HttpGet("search")]
                public Task<string> Search(string term) => _http.GetStringAsync("https://haveibeenpwned.com/api/v3/breaches?domain=" + term);

                [HttpGet("local/{email}")]
                public Task<string> Local(string email) => _http.GetStringAsync("https://breaches.shop.cn/check/" + email);

                [HttpGet("anywhere/{email}")]
                public Task<string> Anywhere(string email, [FromQuery] string url) => {|#1:_http.GetStringAsync(url + "?email=" + email)|};
            }
            """,
            new[] { China, "data_localization.host_jurisdictions = breaches.shop.cn=CN" },
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdictionThroughHelper).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("HttpClient.GetStringAsync", "contact data", "email", "haveibeenpwned.com", Unknown),
            Dloc004(1));
    }

    [Fact]
    public async Task Action_handing_its_parameter_to_a_sending_service_is_reported_at_the_hand_over()
    {
        await Verify("""
            using System.Net.Mail;
            using Microsoft.AspNetCore.Mvc;

            public class Mailer
            {
                private readonly SmtpClient _smtp = new SmtpClient("smtp.sendgrid.net");

                public void Welcome(string address) => _smtp.Send("shop@shop.cn", address, "Welcome", "Hello");
            }

            public class AccountController : Controller
            {
                private readonly Mailer _mailer = new Mailer();

                [HttpPost]
                public IActionResult Register(string phoneNumber, string email)
                {
                    {|#0:_mailer.Welcome(email)|};
                    return Ok();
                }

                [HttpPost]
                public IActionResult Ping(string topic)
                {
                    _mailer.Welcome(topic);
                    return Ok();
                }
            }
            """,
            Dloc001(0));
    }

    [Fact]
    public async Task Minimal_api_handlers_lambdas_and_method_groups()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/subscribe", (string email, HttpClient http) => {|#0:http.PostAsync("https://us21.api.mailchimp.com/3.0/lists/1/members", new StringContent(email))|});
                    app.MapPost("/sku", (string sku, HttpClient http) => http.PostAsync("https://us21.api.mailchimp.com/3.0/lists/1/members", new StringContent(sku)));
                    app.MapGet("/phone", Lookup);
                    System.Func<string, HttpClient, Task> notMapped = (email, http) => http.PostAsync("https://us21.api.mailchimp.com/3.0/x", new StringContent(email));
                }

                private static Task<HttpResponseMessage> Lookup(string phone, HttpClient http) => {|#1:http.PostAsync("https://lookups.twilio.com/v2/PhoneNumbers", new StringContent(phone))|};
            }
            """,
            Dloc001(0),
            Dloc001(1));
    }

    [Fact]
    public async Task Public_and_interface_implementing_methods_without_callers_are_entry_points()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public interface IMessageHandler<T> { Task Handle(T message); }

            internal sealed class SmsConsumer : IMessageHandler<string>
            {
                private readonly HttpClient _http = new HttpClient();

                // Called by the message bus, never by this compilation: its parameter is outside input.
                public Task Handle(string phoneNumber) => {|#0:_http.PostAsync("https://api.smsprovider.io/send", new StringContent(phoneNumber))|};
            }

            internal sealed class Notifier
            {
                private readonly HttpClient _http = new HttpClient();

                // Public but its type is internal and nobody calls it: dead code is no entry point.
                public Task Notify(string email) => _http.PostAsync("https://api.smsprovider.io/mail", new StringContent(email));

                // Private and uncalled: no entry point either.
                private Task Quiet(string email) => _http.PostAsync("https://api.smsprovider.io/mail", new StringContent(email));
            }

            public class GreeterBase
            {
                public virtual Task Greet(string fullName) => Task.CompletedTask;
            }

            public sealed class Greeter : GreeterBase
            {
                private readonly HttpClient _http = new HttpClient();

                public override Task Greet(string fullName) => {|#1:_http.PostAsync("https://api.greetings.io/", new StringContent(fullName))|};
            }

            public sealed class Directory
            {
                private readonly HttpClient _http = new HttpClient();

                public Task Publish(string email) => _http.PostAsync({|#2:"https://api.directory.io/"|}, new StringContent(email));

                // Publish has a caller: it is judged at the hand-over, where only a SKU is passed.
                public Task Restock(string sku) => Publish(sku);
            }
            """,
            new[] { China, "data_localization.host_jurisdictions = api.directory.io=US" },
            Dloc001(0),
            Dloc001(1),
            new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task A_call_through_the_interface_makes_the_implementation_a_helper_with_callers()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public interface IMessageHandler { Task Handle(string phoneNumber); }

            internal sealed class SmsHandler : IMessageHandler
            {
                private readonly HttpClient _http = new HttpClient();

                public Task Handle(string phoneNumber) => _http.PostAsync("https://api.smsprovider.io/send", new StringContent(phoneNumber));
            }

            public static class Dispatcher
            {
                public static Task Run(IMessageHandler handler, string sku) => handler.Handle(sku);
            }
            """);
    }

    [Fact]
    public async Task Compliant_destination_and_attributed_parameters()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            public class ProfileController : ControllerBase
            {
                private readonly HttpClient _http = new HttpClient();

                public Task Local([FromBody] string email) => _http.PostAsync("https://crm.shop.cn/profiles", new StringContent(email));

                public Task Abroad([System.ComponentModel.DataAnnotations.Phone] string value) =>
                    {|#0:_http.PostAsync("https://api.openai.com/v1/files", new StringContent(value))|};
            }
            """,
            new[] { China, "data_localization.host_jurisdictions = crm.shop.cn=CN" },
            Dloc001(0));
    }
}
