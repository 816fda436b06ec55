using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// SPEC §3 across methods: hand-overs through interfaces and virtual methods to their implementations in the
/// compilation (three calls deep), and methods whose result carries their argument or a personal member
/// (mappers, builders, formatters), declared in another file than the send.
/// </summary>
public class HandOverTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Types = """
        public class Customer
        {
            public string Email { get; set; } = "";
            public string FullName { get; set; } = "";
        }

        public class Product
        {
            public string Sku { get; set; } = "";
        }
        """;

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string other, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source, China, "data_localization.host_jurisdictions = crm.shop.cn=CN");
        test.TestState.Sources.Add(("/0/Other.cs", other));
        test.TestState.Sources.Add(("/0/Types.cs", Types));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Hand_over_through_two_interfaces_to_the_implementation_that_sends()
    {
        await Verify("""
            using System.Threading.Tasks;

            public class ProfilePage
            {
                private readonly IProfileService _service;
                private readonly IProfileService _local;
                private readonly IProfileService _anywhere;

                public ProfilePage(IProfileService service, IProfileService local, IProfileService anywhere) { _service = service; _local = local; _anywhere = anywhere; }

                public Task Submit(Customer customer) => {|#0:_service.Save(customer)|};
                public Task Catalog(Product product) => _service.Save(product);
                public Task Relay(Customer customer, string url) => {|#1:_anywhere.Relay(url, customer.Email)|};
            }
            """,
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public interface IRequestProvider { Task<string> PostAsync<T>(string uri, T data); }

            public sealed class RequestProvider : IRequestProvider
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api.crm.com/") };

                public async Task<string> PostAsync<T>(string uri, T data)
                {
                    var response = await _http.PostAsJsonAsync(uri, data);
                    return await response.Content.ReadAsStringAsync();
                }
            }

            public interface IProfileService
            {
                Task Save(object profile);
                Task Relay(string url, string value);
            }

            public class ProfileService : IProfileService
            {
                private readonly IRequestProvider _requests;
                private readonly HttpClient _http = new HttpClient();

                public ProfileService(IRequestProvider requests) => _requests = requests;

                public virtual Task Save(object profile) => _requests.PostAsync("profiles", profile);

                public Task Relay(string url, string value) => _http.PostAsync(url, new StringContent(value));
            }
            """,
            Dloc001(0),
            Dloc004(1));
    }

    [Fact]
    public async Task The_callers_url_is_the_destination_of_a_helper_that_takes_it_as_a_parameter()
    {
        await Verify("""
            using System.Threading.Tasks;

            public class Checkout
            {
                private readonly IRequestProvider _requests;

                public Checkout(IRequestProvider requests) => _requests = requests;

                public Task Abroad(Customer customer) => {|#0:_requests.PostAsync("https://api.openai.com/v1/files", customer)|};
                public Task Placed(Customer customer) => _requests.PostAsync("https://crm.shop.cn/contacts", customer);
                public Task Harmless(Product product) => _requests.PostAsync("https://api.openai.com/v1/files", product);
                public Task Relayed(Customer customer) => {|#1:Relay("https://api.openai.com/v1/files", customer)|};
                public Task Anywhere(Customer customer, string url) => {|#2:_requests.PostAsync(url, customer)|};

                // The customer is personal data here too (by its type); where it goes is the callers' URL: unverifiable from here.
                private Task Relay(string target, Customer customer) => {|#3:_requests.PostAsync(target, customer)|};
            }
            """,
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public interface IRequestProvider { Task PostAsync<T>(string uri, T data); }

            public sealed class RequestProvider : IRequestProvider
            {
                private readonly HttpClient _http = new HttpClient();

                public Task PostAsync<T>(string uri, T data) => _http.PostAsJsonAsync(new Uri(uri), data);
            }
            """,
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdictionThroughHelper).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("IRequestProvider.PostAsync (through HttpClientJsonExtensions.PostAsJsonAsync)", "contact data", "Customer.Email", "api.openai.com",
                    "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed"),
            Dloc001(1),
            Dloc004(2),
            Dloc004(3));
    }

    [Fact]
    public async Task Virtual_method_overridden_in_the_compilation_and_a_compliant_implementation()
    {
        await Verify("""
            using System.Threading.Tasks;

            public class Checkout
            {
                public Task Pay(Notifier notifier, Customer customer) => {|#0:notifier.Notify(customer.Email)|};
                public Task Ship(Notifier notifier, Product product) => notifier.Notify(product.Sku);
                public Task Local(LocalNotifier notifier, Customer customer) => notifier.Notify(customer.Email);
            }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Notifier
            {
                public virtual Task Notify(string value) => Task.CompletedTask;
            }

            public class LocalNotifier
            {
                private readonly HttpClient _http = new HttpClient();

                public Task Notify(string value) => _http.PostAsync("https://crm.shop.cn/notify", new StringContent(value));
            }

            public sealed class SmsNotifier : Notifier
            {
                private readonly HttpClient _http = new HttpClient();

                public override Task Notify(string value) => _http.PostAsync("https://api.sms-gateway.io/send", new StringContent(value));
            }
            """,
            Dloc001(0));
    }

    [Fact]
    public async Task Mappers_formatters_and_builders_in_another_file_carry_what_they_return()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class Sync
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task Run(Customer customer, Product product, string url)
                {
                    await {|#0:_http.PostAsync("https://api.crm.com/a", new StringContent(ContactMapper.Describe(customer)))|};
                    await {|#1:_http.PostAsync("https://api.crm.com/b", new StringContent(ContactMapper.Quoted(customer.Email)))|};
                    await {|#2:_http.PostAsJsonAsync("https://api.crm.com/c", new ContactBuilder().WithEmail(customer.Email).Build())|};
                    await {|#3:_http.PostAsJsonAsync("https://api.crm.com/d", customer.ToRow())|};
                    await _http.PostAsync("https://api.crm.com/e", new StringContent(ContactMapper.Quoted(product.Sku)));
                    await _http.PostAsJsonAsync("https://api.crm.com/f", product.ToRow());
                    await _http.PostAsync("https://crm.shop.cn/g", new StringContent(ContactMapper.Describe(customer)));
                    await {|#4:_http.PostAsync(url, new StringContent(ContactMapper.Describe(customer)))|};
                }
            }
            """,
            """
            public static class ContactMapper
            {
                public static string Describe(Customer customer) => $"{customer.FullName} <{customer.Email}>";

                public static string Quoted(string value) => Wrap("\"", value);

                private static string Wrap(string quote, string value)
                {
                    if (value.Length == 0)
                    {
                        return "";
                    }

                    return quote + value + quote;
                }

                public static object ToRow(this Customer customer) => new { customer.Email };

                public static object ToRow(this Product product) => new { product.Sku };
            }

            public sealed class ContactBuilder
            {
                private string _mail = "";

                public ContactBuilder WithEmail(string value)
                {
                    _mail = value;
                    return this;
                }

                public string Build() => "mail=" + _mail;
            }
            """,
            Dloc001(0),
            Dloc001(1),
            Dloc001(2),
            Dloc001(3),
            Dloc004(4));
    }
}
