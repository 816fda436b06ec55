using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// What is not personal data (SPEC §3) and what the policy says explicitly (SPEC §2), as the rules see it:
/// SDK shapes by members the code never sets, method names, sender configuration, copies of members
/// declared not personal. Each case beside the one that still reports.
/// </summary>
public class PersonalDataPrecisionTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Customer = """

        public class Customer
        {
            public string Email { get; set; } = "";
            public string BackupEmail { get; set; } = "";
            public string FullName { get; set; } = "";
        }
        """;

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc001Helper(int at) =>
        new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdictionThroughHelper).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null);

    private static DiagnosticResult Dloc002(int at) =>
        new DiagnosticResult(RuleIdentifiers.CloudRegionOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, new[] { China }, expected);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, policy);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task An_SDK_request_is_not_personal_by_members_the_code_never_sets()
    {
        // PutObjectRequest has Grants[].Grantee.EmailAddress: the code sets bucket, key and file only.
        await Verify("""
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Archive
            {
                private readonly AmazonS3Client _us = new AmazonS3Client({|#1:RegionEndpoint.USEast1|});

                Task Upload(string path) => _us.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", FilePath = path });

                Task Built(string path)
                {
                    var request = new PutObjectRequest();
                    request.BucketName = "b";
                    request.FilePath = path;
                    return _us.PutObjectAsync(request);
                }

                Task Store(Customer customer) => {|#0:_us.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = customer.Email })|};

                Task Set(Customer customer)
                {
                    var request = new PutObjectRequest { BucketName = "b" };
                    request.ContentBody = customer.FullName;
                    return {|#2:_us.PutObjectAsync(request)|};
                }
            }
            """,
            Dloc002(1),
            Dloc001(0),
            Dloc001(2));
    }

    [Fact]
    public async Task An_SDK_object_created_empty_is_empty()
    {
        await Verify("""
            using Sentry;

            class Tracking
            {
                void Anonymous(Scope scope) => scope.User = new SentryUser();
                void Named(Scope scope) => scope.User = new SentryUser { Id = "42" };
                void Identify(Scope scope, Customer customer) => {|#0:scope.User = new SentryUser { Email = customer.Email }|};

                void Built(Scope scope)
                {
                    var user = new SentryUser();
                    user.Email = System.Console.ReadLine();
                    {|#1:scope.User = user|};
                }
            }
            """,
            Dloc004(0),
            Dloc004(1));
    }

    [Fact]
    public async Task A_method_name_says_what_it_does_not_what_it_returns()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Users
            {
                string GetUserIdByEmail() => "42";
                string FindCustomerIdByPhone(string key) => key.Length.ToString();
                string GetAddress(string host) => "https://" + host + "/v1";
                string GetEmail() => System.Console.ReadLine()!;

                Task Ids(HttpClient http) => http.PostAsync("https://api.crm.com/ids", new StringContent(GetUserIdByEmail() + FindCustomerIdByPhone("p") + GetAddress("h")));
                Task Address(HttpClient http) => {|#0:http.PostAsync("https://api.crm.com/ids", new StringContent(GetEmail()))|};
            }
            """,
            Dloc001(0));
    }

    [Fact]
    public async Task Sender_and_system_configuration_is_not_a_persons_data()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public class SmtpSettings
            {
                public string FromEmail { get; set; } = "";
                public string ReplyTo { get; set; } = "";
                public string NoReplyAddress { get; set; } = "";
            }

            public class MailOptions { public string SenderEmail { get; set; } = ""; }

            public record NotificationConfig(string AdminEmail);

            class Mailer
            {
                Task Sender(HttpClient http, SmtpSettings smtp, MailOptions mail, NotificationConfig config) =>
                    http.PostAsync("https://api.mailer.com/send", new StringContent(smtp.FromEmail + smtp.ReplyTo + smtp.NoReplyAddress + mail.SenderEmail + config.AdminEmail));

                Task Settings(HttpClient http, SmtpSettings smtp) =>
                    http.PostAsync("https://api.mailer.com/send", new StringContent(System.Text.Json.JsonSerializer.Serialize(smtp)));

                Task Recipient(HttpClient http, SmtpSettings smtp, Customer customer) =>
                    {|#0:http.PostAsync("https://api.mailer.com/send", new StringContent(smtp.FromEmail + customer.Email))|};
            }
            """,
            Dloc001(0));
    }

    [Fact]
    public async Task A_member_declared_not_personal_stays_so_when_copied()
    {
        await Verify("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class ContactDto { public string Email { get; set; } = ""; }

            class Crm
            {
                Task Anonymous(HttpClient http, Customer customer) => http.PostAsJsonAsync("https://api.crm.com/c", new { Email = customer.BackupEmail });
                Task Dto(HttpClient http, Customer customer) => http.PostAsJsonAsync("https://api.crm.com/c", new ContactDto { Email = customer.BackupEmail });
                Task Map(HttpClient http, Customer customer) =>
                    http.PostAsJsonAsync("https://api.crm.com/c", new Dictionary<string, string> { ["email"] = customer.BackupEmail });

                Task Person(HttpClient http, Customer customer) => {|#0:http.PostAsJsonAsync("https://api.crm.com/c", new ContactDto { Email = customer.Email })|};
                Task Unknown(HttpClient http, string text) => {|#1:http.PostAsJsonAsync("https://api.crm.com/c", new { Email = text.Trim() })|};
            }
            """,
            new[] { China, "data_localization.not_personal_data_members = Customer.BackupEmail" },
            Dloc001(0),
            Dloc001(1));
    }

    [Fact]
    public async Task System_addresses_are_not_personal_by_name_anywhere()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Mailer
            {
                Task System(HttpClient http, Site site) =>
                    http.PostAsync("https://api.mailer.com/send", new StringContent(site.NoReplyAddress + site.SupportEmail + site.ServiceAccountEmail));

                Task Visitor(HttpClient http, ContactForm form) => {|#0:http.PostAsync("https://api.mailer.com/send", new StringContent(form.FromEmail))|};
            }

            public class Site
            {
                public string NoReplyAddress { get; set; } = "";
                public string SupportEmail { get; set; } = "";
                public string ServiceAccountEmail { get; set; } = "";
            }

            public class ContactForm { public string FromEmail { get; set; } = ""; }
            """,
            Dloc001(0));
    }

    [Fact]
    public async Task A_helper_and_the_call_handing_it_personal_data_are_one_finding()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                Task Push(HttpClient http, string email) => http.PostAsJsonAsync("https://api.crm.com/c", new { Email = email });
                Task PushDto(HttpClient http, string value) => http.PostAsJsonAsync("https://api.crm.com/c", new Contact { Email = value });

                Task Caller(HttpClient http, Customer customer) => {|#0:Push(http, customer.Email)|};
                Task Other(HttpClient http, Customer customer) => {|#1:PushDto(http, customer.FullName)|};
                Task Harmless(HttpClient http) => Push(http, "ops@shop.cn");
            }

            public class Contact { public string Email { get; set; } = ""; }
            """,
            Dloc001Helper(0),
            Dloc001Helper(1));
    }

    private const string Requests = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Amazon.SQS;

        class Calls
        {
            Task<string> Ip(HttpClient http) => http.GetStringAsync("https://api.openai.com/v1/models");
            Task Ping(HttpClient http) => http.PostAsync("https://api.openai.com/v1/ping", new StringContent("ping"));
            HttpClient Client() => new HttpClient { BaseAddress = new Uri({|#0:"https://api.openai.com/"|}) };
            Task Forward(HttpClient http, string body) => http.PostAsync({|#1:"https://api.openai.com/v1/x"|}, new StringContent(body));
            Task Queue(IAmazonSQS sqs) => sqs.SendMessageAsync({|#2:"https://sqs.us-east-1.amazonaws.com/1/q"|}, "tick");
        }
        """;

    [Fact]
    public async Task A_single_request_that_carries_nothing_personal_is_no_endpoint_finding()
    {
        var endpoint = (int at) => new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
        await Verify(Requests, endpoint(0), endpoint(1), endpoint(2));
    }

    [Fact]
    public async Task A_single_request_that_carries_nothing_personal_is_still_in_the_inventory()
    {
        var source = System.Text.RegularExpressions.Regex.Replace(Requests, @"\{\|#\d+:|\|\}", "");
        var diagnostics = await AnalyzerRunner.RunAsync(source + Customer, China);

        var rows = diagnostics.Where(d => d.Id == RuleIdentifiers.EgressInventory).Select(d => (Api: d.GetMessage().Split(' ')[0], Rules: d.Properties["rules"])).ToList();
        Assert.Contains(("HttpClient.GetStringAsync", ""), rows);
        Assert.Contains(("HttpClient.PostAsync", ""), rows);
        Assert.Contains(("HttpClient.PostAsync", RuleIdentifiers.EndpointOutsideJurisdiction), rows);
        Assert.Contains(("HttpClient.BaseAddress", RuleIdentifiers.EndpointOutsideJurisdiction), rows);
    }
}
