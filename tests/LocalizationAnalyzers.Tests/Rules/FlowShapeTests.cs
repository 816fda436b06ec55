using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// The flow shapes of SPEC §3, each written once and checked four ways: a customer's e-mail to an unplaced host
/// (DLOC001 at the send), a product's SKU there (nothing: no personal data, and an unplaced host is no DLOC003),
/// the e-mail to a host placed in CN (compliant) and to a URL known only at run time (DLOC004).
/// In a shape, ITEM is the customer or the product, FIELD its Email or Sku, VALUE the two together,
/// URL the destination, and [[...]] the call that sends.
/// </summary>
public class FlowShapeTests
{
    private const string Types = """

        public class Customer
        {
            public string Email { get; set; } = "";
            public int Id { get; set; }
        }

        public class Product
        {
            public string Sku { get; set; } = "";
            public int Id { get; set; }
        }
        """;

    private static async Task VerifyShape(string body, string members = "")
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text;
            using System.Threading.Tasks;
            using System.Web;

            """ +
            Variant("Abroad", body, members, "customer", "Email", "\"https://api.crm.com/contacts\"", 0) +
            Variant("Harmless", body, members, "product", "Sku", "\"https://api.crm.com/contacts\"", null) +
            Variant("AtHome", body, members, "customer", "Email", "\"https://crm.shop.cn/contacts\"", null) +
            Variant("Anywhere", body, members, "customer", "Email", "url", 1) +
            Types;
        var test = AnalyzerTest.Create(source, LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy, "data_localization.host_jurisdictions = crm.shop.cn=CN");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(1)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    private static string Variant(string name, string body, string members, string item, string field, string url, int? marker)
    {
        string Fill(string text) => text
            .Replace("VALUE", item + "." + field)
            .Replace("ITEM", item)
            .Replace("FIELD", field)
            .Replace("URL", url)
            .Replace("[[", marker is { } m ? "{|#" + m + ":" : "")
            .Replace("]]", marker is null ? "" : "|}");
        return $$"""
            class {{name}}
            {
                private readonly HttpClient _http = new HttpClient();
            {{Fill(members)}}

                async Task Run(HttpClient http, Customer customer, Product product, string url)
                {
                    {{Fill(body)}}
                }
            }

            """;
    }

    [Fact]
    public Task Collection_initialiser() =>
        VerifyShape("var values = new List<string> { VALUE }; await [[http.PostAsJsonAsync(URL, values)]];");

    [Fact]
    public Task Collection_add() =>
        VerifyShape("var values = new List<string>(); values.Add(VALUE); await [[http.PostAsJsonAsync(URL, values)]];");

    [Fact]
    public Task String_builder() =>
        VerifyShape("""var text = new StringBuilder(); text.Append("value=").Append(VALUE); await [[http.PostAsync(URL, new StringContent(text.ToString()))]];""");

    [Fact]
    public Task String_join_and_concat() =>
        VerifyShape("""var text = string.Join(",", string.Concat("v:", VALUE), "x"); await [[http.PostAsync(URL, new StringContent(text))]];""");

    [Fact]
    public Task Linq_projection() =>
        VerifyShape("var values = new[] { ITEM }.Select(x => x.FIELD.Trim()).ToList(); await [[http.PostAsJsonAsync(URL, values)]];");

    [Fact]
    public Task Linq_projection_of_an_id_leaves_the_person_behind() =>
        VerifyShape("var ids = new[] { ITEM }.Select(x => x.Id).ToList(); await http.PostAsJsonAsync(URL, ids); await [[http.PostAsync(URL, new StringContent(VALUE))]];");

    [Fact]
    public Task String_transforms() =>
        VerifyShape("await [[http.PostAsync(URL, new StringContent(VALUE.Trim().ToLowerInvariant()))]];");

    [Fact]
    public Task Default_request_headers_of_the_sending_client() =>
        VerifyShape("""_http.DefaultRequestHeaders.Add("X-Value", VALUE); await [[_http.GetAsync(URL)]];""");

    [Fact]
    public Task Request_headers_initialiser_and_add() =>
        VerifyShape("""
            var request = new HttpRequestMessage(HttpMethod.Get, URL) { Headers = { { "X-Value", VALUE } } };
                    await [[http.SendAsync(request)]];
            """);

    [Fact]
    public Task Query_string_collection() =>
        VerifyShape("""
            var query = HttpUtility.ParseQueryString(string.Empty);
                    query["value"] = VALUE;
                    await [[http.GetAsync(URL + "?" + query)]];
            """);

    [Fact]
    public Task Url_from_string_format() =>
        VerifyShape("""await [[http.GetStringAsync(string.Format(URL + "?v={0}", VALUE))]];""");

    [Fact]
    public Task Uri_builder_query() =>
        VerifyShape("""
            var builder = new UriBuilder(URL) { Query = "value=" + Uri.EscapeDataString(VALUE) };
                    await [[http.GetAsync(builder.Uri)]];
            """);

    [Fact]
    public Task Field_of_the_same_object_set_then_sent() =>
        VerifyShape(
            """_fields["value"] = VALUE; await [[_http.PostAsync(URL, new FormUrlEncodedContent(_fields))]];""",
            "    private readonly Dictionary<string, string> _fields = new Dictionary<string, string>();");

    [Fact]
    public Task Delegate_invoked_in_place() =>
        VerifyShape("""Func<string> read = () => VALUE; await [[http.PostAsync(URL, new StringContent(read()))]];""");

    [Fact]
    public Task Fluent_with_calls() =>
        VerifyShape(
            "var payload = new Payload().WithValue(VALUE); await [[http.PostAsJsonAsync(URL, payload)]];",
            """
                public sealed class Payload
                {
                    public List<string> Values { get; } = new List<string>();
                    public Payload WithValue(string value) { Values.Add(value); return this; }
                }
            """);
}
