using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Configuration;

/// <summary>
/// IConfiguration lookups with constant keys read the value from appsettings*.json. One finding, one diagnostic
/// (SPEC §5): the JSON value is reported once, the lookup and the client it configures are additional locations.
/// </summary>
public class ConfigurationLookupTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;
    private const string Europe = "data_localization.jurisdiction = EU";
    private const string UnitedStates = "United States (US)";

    private const string OpenAiSettings = """{ "OpenAI": { "Url": {|#2:"https://api.openai.com/"|}, "Model": "gpt-4o" } }""";

    private static DiagnosticResult Dloc003(string api, string host, string place = UnitedStates, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithArguments(api, host, place, jurisdiction);

    private static DiagnosticResult Dloc002(string provider, string region, string name, string country, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithArguments(provider, region, name, country, jurisdiction);

    /// <summary>The JSON file's own finding for OpenAI:Url, read by nothing in code.</summary>
    private static DiagnosticResult OpenAiInJson => Dloc003("OpenAI:Url", "api.openai.com").WithLocation(2);

    /// <summary>The JSON value's finding, with the lookup (#0) and the client it configures (#1) as additional locations.</summary>
    private static DiagnosticResult OpenAiReadInCode => Dloc003("OpenAI:Url", "api.openai.com").WithLocation(2).WithLocation(0).WithLocation(1);

    private static LocalizationTest<EmptyCodeFixProvider> Create(string source, string[] policy, params (string Name, string Json)[] files)
    {
        var test = AnalyzerTest.Create(source, policy);
        foreach (var (name, json) in files)
        {
            test.TestState.AdditionalFiles.Add(("/0/" + name, json));
        }

        return test;
    }

    private static string HttpClientFrom(string lookup, string parameters = "IConfiguration configuration", bool marked = true) => """
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;

        static class Keys
        {
            public const string OpenAiUrl = "OpenAI:Url";
        }

        class Assistant
        {
            HttpClient Create(PARAMETERS) => new HttpClient { BASEADDRESS };
        }
        """.Replace("BASEADDRESS", marked ? "{|#1:BaseAddress = new Uri({|#0:LOOKUP|})|}" : "BaseAddress = new Uri(LOOKUP)")
           .Replace("PARAMETERS", parameters).Replace("LOOKUP", lookup);

    [Theory]
    [InlineData("""configuration["OpenAI:Url"]""")]
    [InlineData("""configuration.GetValue<string>("OpenAI:Url")""")]
    [InlineData("""configuration.GetValue<string>("OpenAI:Url", "http://localhost/")""")]
    [InlineData("""configuration.GetSection("OpenAI")["Url"]""")]
    [InlineData("""configuration.GetSection("OpenAI").GetValue<string>("Url")""")]
    [InlineData("""configuration.GetSection("OpenAI:Url").Value""")]
    [InlineData("""configuration.GetRequiredSection("OpenAI")["Url"]""")]
    [InlineData("""configuration.GetSection("OpenAI").GetSection("Url").Value""")]
    [InlineData("""configuration[Keys.OpenAiUrl]""")]
    [InlineData("""configuration["OpenAI" + ":" + "Url"]""")]
    [InlineData("""configuration.GetSection("openai")["URL"]""")]
    public async Task Lookup_forms_resolve_to_the_configured_url(string lookup)
    {
        var test = Create(HttpClientFrom(lookup), new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiReadInCode);
        await test.RunAsync();
    }

    [Theory]
    [InlineData("IConfigurationRoot configuration")]
    [InlineData("ConfigurationManager configuration")]
    [InlineData("IConfigurationManager configuration")]
    public async Task Every_root_configuration_type(string parameters)
    {
        var test = Create(HttpClientFrom("""configuration["OpenAI:Url"]""", parameters), new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiReadInCode);
        await test.RunAsync();
    }

    [Fact]
    public async Task Section_held_in_a_local()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class Assistant
            {
                HttpClient Create(IConfiguration configuration)
                {
                    var openAi = configuration.GetSection("OpenAI");
                    IConfiguration url = openAi.GetSection("Url");
                    return new HttpClient { {|#1:BaseAddress = new Uri({|#0:((IConfigurationSection)url).Value|})|} };
                }
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiReadInCode);
        await test.RunAsync();
    }

    [Fact]
    public async Task Configuration_built_in_the_method()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class Assistant
            {
                HttpClient Create()
                {
                    var configuration = new ConfigurationManager();
                    return new HttpClient { {|#1:BaseAddress = new Uri({|#0:configuration["OpenAI:Url"]|})|} };
                }
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiReadInCode);
        await test.RunAsync();
    }

    [Fact]
    public async Task Uri_typed_GetValue()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class Assistant
            {
                HttpClient Create(IConfiguration configuration) =>
                    new HttpClient { {|#1:BaseAddress = {|#0:configuration.GetValue<Uri>("OpenAI:Url")|}|} };
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiReadInCode);
        await test.RunAsync();
    }

    [Fact]
    public async Task GetValue_falls_back_to_its_default_when_no_file_defines_the_key()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class Assistant
            {
                HttpClient Create(IConfiguration configuration) =>
                    new HttpClient { {|#1:BaseAddress = new Uri(configuration.GetValue("OpenAI:Endpoint", {|#0:"https://api.openai.com/"|}))|} };
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(Dloc003("HttpClient.BaseAddress", "api.openai.com").WithLocation(0).WithLocation(1));
        test.ExpectedDiagnostics.Add(OpenAiInJson);
        await test.RunAsync();
    }

    [Fact]
    public async Task Connection_string_lookup()
    {
        const string source = """
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.Configuration;

            class Images
            {
                BlobServiceClient Create(IConfiguration configuration) => {|#1:new BlobServiceClient({|#0:configuration.GetConnectionString("Images")|})|};
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", """
            { "ConnectionStrings": { "Images": {|#2:"DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.windows.net"|} } }
            """));
        const string AzurePublicCloud = "the Azure public cloud (34 countries)";
        test.ExpectedDiagnostics.Add(Dloc003("ConnectionStrings:Images", "shop.blob.core.windows.net", AzurePublicCloud).WithLocation(2).WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("IConfigurationSection configuration", """configuration["Url"]""")]
    [InlineData("IConfiguration configuration", """configuration["OpenAI:Other"]""")]
    [InlineData("IConfiguration configuration, string key", """configuration[key]""")]
    [InlineData("IConfiguration configuration", """configuration.GetSection("OpenAI")["Model"]""")]
    public async Task Lookups_that_cannot_be_resolved_stay_silent(string parameters, string lookup)
    {
        // A section of unknown path, a key no file defines, a key not known at build time, a value that is no host.
        var source = HttpClientFrom(lookup, parameters, marked: false);
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiInJson);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_reassigned_section_local_is_not_followed()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class Assistant
            {
                HttpClient Create(IConfiguration configuration, bool test)
                {
                    var section = configuration.GetSection("OpenAI");
                    if (test) section = configuration.GetSection("Sandbox");
                    return new HttpClient { BaseAddress = new Uri(section["Url"]) };
                }
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", OpenAiSettings));
        test.ExpectedDiagnostics.Add(OpenAiInJson);
        await test.RunAsync();
    }

    [Fact]
    public async Task Values_of_a_malformed_file_are_not_used()
    {
        var test = Create(HttpClientFrom("""configuration["OpenAI:Url"]""", marked: false),
            new[] { China },
            ("appsettings.json", """{ "OpenAI": { "Url": "https://api.openai.com/" } """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidConfigurationFile).WithLocation("/0/appsettings.json", 1, 50)
            .WithArguments("appsettings.json", 1, 50, "the file ends inside an object; a '}' is missing"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_appsettings_files_a_lookup_is_unresolved()
    {
        var test = AnalyzerTest.Create(HttpClientFrom("""configuration["OpenAI:Url"]""", marked: false), China);
        await test.RunAsync();
    }

    [Fact]
    public async Task Every_environment_value_is_judged_and_the_lookup_shown_with_the_worst()
    {
        // appsettings.json sends to the EU ingest, Production to the US one: at run time either may apply.
        const string source = """
            using Microsoft.Extensions.Configuration;
            using Sentry;

            class Errors
            {
                SentryOptions Options(IConfiguration configuration) => new SentryOptions { {|#1:Dsn = {|#0:configuration["Sentry:Dsn"]|}|} };
            }
            """;
        var test = Create(source, new[] { Europe },
            ("appsettings.json", """{ "Sentry": { "Dsn": "https://k@o1.ingest.de.sentry.io/2" } }"""),
            ("appsettings.Development.json", """{ "Sentry": { "Dsn": "<your-dsn>" } }"""),
            ("appsettings.Production.json", """{ "Sentry": { "Dsn": {|#2:"https://k@o1.ingest.us.sentry.io/2"|} } }"""));
        test.ExpectedDiagnostics.Add(Dloc003("Sentry:Dsn", "o1.ingest.us.sentry.io", UnitedStates, "EU").WithLocation(2).WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Compliant_values_in_every_file_are_silent()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using Sentry;

            class Errors
            {
                SentryOptions Options(IConfiguration configuration) => new SentryOptions { Dsn = configuration["Sentry:Dsn"] };
            }
            """;
        var test = Create(source, new[] { Europe },
            ("appsettings.json", """{ "Sentry": { "Dsn": "https://k@o1.ingest.de.sentry.io/2" } }"""),
            ("appsettings.Production.json", """{ "Sentry": { "Dsn": "https://k@o1.ingest.de.sentry.io/3" } }"""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Region_read_from_configuration_is_reported_once_at_the_value()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;
            using Microsoft.Extensions.Configuration;

            class Storage
            {
                AmazonS3Client Create(IConfiguration configuration) =>
                    {|#1:new AmazonS3Client(RegionEndpoint.GetBySystemName({|#0:configuration["AWS:Region"]|}))|};
            }
            """;
        var test = Create(source, new[] { China },
            ("appsettings.json", """{ "AWS": { "Region": "cn-north-1" } }"""),
            ("appsettings.Production.json", """{ "AWS": { "Region": {|#2:"us-east-1"|} } }"""));
        test.ExpectedDiagnostics.Add(Dloc002("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates).WithLocation(2).WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Cosmos_application_region_from_configuration()
    {
        const string source = """
            using Microsoft.Azure.Cosmos;
            using Microsoft.Extensions.Configuration;

            class Catalog
            {
                CosmosClientOptions Options(IConfiguration configuration) =>
                    new CosmosClientOptions { {|#1:ApplicationRegion = {|#0:configuration.GetSection("Cosmos")["ApplicationRegion"]|}|} };
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", """{ "Cosmos": { "ApplicationRegion": {|#2:"West US"|} } }"""));
        test.ExpectedDiagnostics.Add(Dloc002("Azure", "westus", "West US", UnitedStates).WithLocation(2).WithLocation(0).WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_region_read_from_configuration_gets_no_code_fix()
    {
        // The lookup is no region literal: "Use region cn-north-1" would rewrite `.Value` into nonsense.
        const string source = """
            using Amazon;
            using Amazon.S3;
            using Microsoft.Extensions.Configuration;

            class Storage
            {
                AmazonS3Client Create(IConfiguration configuration) =>
                    new AmazonS3Client(RegionEndpoint.GetBySystemName({|#0:configuration.GetSection("AWS:Region").Value|}));
            }
            """;
        var test = new LocalizationTest<UseApprovedRegionFix>(source, China) { FixedCode = source };
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "AWS": { "Region": {|#1:"us-east-1"|} } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(1).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates, "CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task GetAWSOptions_places_its_clients_in_the_configured_region()
    {
        const string source = """
            using Amazon.Extensions.NETCore.Setup;
            using Microsoft.Extensions.Configuration;

            class Startup
            {
                AWSOptions Default(IConfiguration configuration) => {|#0:configuration.GetAWSOptions()|};

                AWSOptions Tenant(IConfiguration configuration) => {|#1:configuration.GetSection("Tenants:Acme").GetAWSOptions("Storage")|};

                AWSOptions China(IConfiguration configuration) => configuration.GetAWSOptions("China");
            }
            """;
        var test = Create(source, new[] { China }, ("appsettings.json", """
            {
              "AWS": { "Region": {|#2:"us-east-1"|} },
              "China": { "Region": "cn-northwest-1" },
              "Tenants": { "Acme": { "Storage": { "Region": "eu-central-1" } } }
            }
            """));
        test.ExpectedDiagnostics.Add(Dloc002("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates).WithLocation(0));
        // Storage:Region alone does not say AWS, and eu-central-1 is not only AWS's: only the call knows.
        test.ExpectedDiagnostics.Add(Dloc002("AWS", "eu-central-1", "Europe (Frankfurt)", "Germany (DE)").WithLocation(1));
        test.ExpectedDiagnostics.Add(Dloc002("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates).WithLocation(2));
        await test.RunAsync();
    }
}
