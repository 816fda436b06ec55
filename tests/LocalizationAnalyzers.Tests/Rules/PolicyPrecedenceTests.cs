using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// SPEC §2 "Precedence": what the policy names explicitly wins over every built-in judgement (internal hosts,
/// documentation names). SPEC §5: every message's advice, followed, silences its finding with valid policy.
/// </summary>
public class PolicyPrecedenceTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Customer = """

        public class Customer { public string Email { get; set; } = ""; }
        """;

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, policy);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private const string InternalCrm = """
        using System.Net.Http;
        using System.Threading.Tasks;

        class Crm
        {
            Task Push(HttpClient http, Customer customer) => {|#0:http.PostAsync("http://crm.shop.internal/contacts", new StringContent(customer.Email))|};
        }
        """;

    [Fact]
    public async Task Internal_hosts_unapproved_reports_an_internal_host()
    {
        await Verify(InternalCrm, new[] { China, "data_localization.internal_hosts = unapproved" }, Dloc001(0));
    }

    [Fact]
    public async Task An_approved_host_wins_over_internal_hosts_unapproved()
    {
        await Verify(InternalCrm, new[] { China, "data_localization.internal_hosts = unapproved", "data_localization.approved_hosts = crm.shop.internal" });
        await Verify(InternalCrm, new[] { China, "data_localization.internal_hosts = unapproved", "data_localization.host_jurisdictions = *.shop.internal=CN" });
    }

    [Fact]
    public async Task An_internal_host_declared_elsewhere_is_judged_as_declared()
    {
        await Verify(InternalCrm, new[] { China, "data_localization.host_jurisdictions = crm.shop.internal=US" },
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("HttpClient.PostAsync", "contact data", "Customer.Email", "crm.shop.internal",
                    "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed"));
    }

    private const string DocumentationHost = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;

        class Crm
        {
            HttpClient Client() => new HttpClient { BaseAddress = new Uri({|#1:"https://api.partner.example/"|}) };
            Task Push(HttpClient http, Customer customer) => {|#0:http.PostAsync("https://api.partner.example/contacts", new StringContent(customer.Email))|};
        }
        """;

    [Fact]
    public async Task A_documentation_name_is_no_destination_unless_the_policy_names_it()
    {
        await Verify(DocumentationHost, new[] { China });
        await Verify(DocumentationHost, new[] { China, "data_localization.approved_hosts = *.partner.example" });
        await Verify(DocumentationHost, new[] { China, "data_localization.host_jurisdictions = api.partner.example=US" }, Dloc003(1), Dloc001(0));
    }

    [Fact]
    public async Task An_approved_documentation_name_is_listed_in_the_inventory()
    {
        var source = System.Text.RegularExpressions.Regex.Replace(DocumentationHost + Customer, @"\{\|#\d+:|\|\}", "");
        var unnamed = await AnalyzerRunner.RunAsync(source, China);
        var approved = await AnalyzerRunner.RunAsync(source, China, "data_localization.approved_hosts = *.partner.example");

        Assert.DoesNotContain(unnamed, d => d.Id == RuleIdentifiers.EgressInventory);
        Assert.Equal(new[] { "compliant", "compliant" }, approved.Where(d => d.Id == RuleIdentifiers.EgressInventory).Select(d => d.Properties["verdict"]));
    }

    // --- Advice, followed end to end ---

    private const string HostOutside = """
        using System.Net.Http;
        using System.Threading.Tasks;

        class Crm
        {
            Task Push(HttpClient http, Customer customer) => {|#0:http.PostAsync("https://api.openai.com/v1/files", new StringContent(customer.Email))|};
            HttpClient Client() => new HttpClient { BaseAddress = new System.Uri({|#1:"https://api.openai.com/v1/"|}) };
        }
        """;

    [Fact]
    public async Task Host_outside_advice_approved_hosts_silences_DLOC001_and_DLOC003()
    {
        await Verify(HostOutside, new[] { China },
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("HttpClient.PostAsync", "contact data", "Customer.Email", "api.openai.com",
                    "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed"),
            new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("HttpClient.BaseAddress", "api.openai.com", "United States (US)", "CN"));
        await Verify(HostOutside, new[] { China, "data_localization.approved_hosts = api.openai.com" });
    }

    private const string UnknownHost = """
        using System.Net.Http;
        using System.Threading.Tasks;

        class Crm
        {
            Task Push(HttpClient http, Customer customer) => {|#0:http.PostAsync("https://api.crm.com/contacts", new StringContent(customer.Email))|};
        }
        """;

    [Fact]
    public async Task Unknown_host_advice_host_jurisdictions_or_approved_hosts_silences_DLOC001()
    {
        await Verify(UnknownHost, new[] { China },
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("HttpClient.PostAsync", "contact data", "Customer.Email", "api.crm.com",
                    "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)"));
        await Verify(UnknownHost, new[] { China, "data_localization.host_jurisdictions = api.crm.com=CN" });
        await Verify(UnknownHost, new[] { China, "data_localization.approved_hosts = api.crm.com" });
    }

    private const string RegionOutside = """
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Archive
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client({|#1:RegionEndpoint.USEast1|});

            Task Store(Customer customer) => {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = customer.Email })|};
        }
        """;

    [Fact]
    public async Task Region_outside_advice_approved_regions_silences_DLOC001_and_DLOC002()
    {
        await Verify(RegionOutside, new[] { China },
            new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("AmazonS3Client.PutObjectAsync", "contact data", "Customer.Email", "aws:us-east-1",
                    "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the region in data_localization.approved_regions (aws:us-east-1) once the transfer is assessed"),
            new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", "CN"));
        await Verify(RegionOutside, new[] { China, "data_localization.approved_regions = aws:us-east-1" });
    }
}
