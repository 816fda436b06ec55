using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// Clients of ASP.NET Core's in-process test hosts never leave the process: no DLOC004, no inventory row.
/// </summary>
public class InProcessClientTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    // The public surface these tests use, as declared in dotnet/aspnetcore (commit 120b45c2bdd1731ffa67b85503acdfa320e08a30):
    // src/Mvc/Mvc.Testing/src/WebApplicationFactory.cs (WebApplicationFactory<TEntryPoint>.CreateClient(),
    // CreateDefaultClient(params DelegatingHandler[]), Server) and src/Hosting/TestHost/src/TestServer.cs
    // (TestServer.CreateClient(), CreateHandler()). The packages are ASP.NET Core shared-framework packages
    // whose dependencies the test compilations' reference set does not carry, so the members are declared here.
    private const string TestHosts = """

        namespace Microsoft.AspNetCore.TestHost
        {
            public class TestServer
            {
                public System.Net.Http.HttpClient CreateClient() => new();
                public System.Net.Http.HttpMessageHandler CreateHandler() => new System.Net.Http.HttpClientHandler();
            }
        }

        namespace Microsoft.AspNetCore.Mvc.Testing
        {
            public class WebApplicationFactory<TEntryPoint> where TEntryPoint : class
            {
                public Microsoft.AspNetCore.TestHost.TestServer Server => new();
                public System.Net.Http.HttpClient CreateClient() => new();
                public System.Net.Http.HttpClient CreateDefaultClient(params System.Net.Http.DelegatingHandler[] handlers) => new();
            }
        }

        public class Program { }

        public class Customer { public string Email { get; set; } = ""; }
        """;

    private const string Source = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc.Testing;
        using Microsoft.AspNetCore.TestHost;

        public class ApiFactory : WebApplicationFactory<Program> { }

        public class UsersTests
        {
            private readonly HttpClient _client;

            public UsersTests(ApiFactory factory) => _client = factory.CreateClient();

            Task Register(Customer customer) => _client.PostAsJsonAsync("/api/users", customer);

            async Task Local(WebApplicationFactory<Program> factory, Customer customer)
            {
                var client = factory.CreateDefaultClient();
                await client.PostAsJsonAsync("api/users", customer);
            }

            Task Server(TestServer server, Customer customer) => server.CreateClient().PostAsJsonAsync("/api/users", customer);

            Task Handler(TestServer server, Customer customer)
            {
                var client = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri("http://localhost") };
                return client.PostAsJsonAsync("/api/users", customer);
            }

            Task Real(HttpClient http, Customer customer) => {|#0:http.PostAsJsonAsync("/api/users", customer)|};
        }
        """;

    [Fact]
    public async Task Clients_of_in_process_test_hosts_are_no_egress()
    {
        var test = AnalyzerTest.Create(Source + TestHosts, China);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [Fact]
    public async Task Clients_of_in_process_test_hosts_are_not_in_the_inventory()
    {
        var source = System.Text.RegularExpressions.Regex.Replace(Source + TestHosts, @"\{\|#\d+:|\|\}", "");

        var diagnostics = await AnalyzerRunner.RunAsync(source, China);

        // Only the injected HttpClient of Real: its destination is unknown.
        var rows = diagnostics.Where(d => d.Id == RuleIdentifiers.EgressInventory).ToList();
        var row = Assert.Single(rows, d => d.GetMessage().StartsWith("HttpClientJsonExtensions.PostAsJsonAsync", StringComparison.Ordinal));
        Assert.Equal("unverified", row.Properties["verdict"]);
        Assert.DoesNotContain(rows, d => d.Properties["destination"] == "in-process test server");
    }
}
