using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Configuration;

/// <summary>
/// DLOC002 and DLOC003 at the JSON value in appsettings*.json (the squiggle covers the string token, quotes
/// included), each file judged on its own with the policy that applies to it.
/// </summary>
public class AppSettingsRuleTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;
    private const string Europe = "data_localization.jurisdiction = EU";
    private const string NoCode = "class Program { }";
    private const string UnitedStates = "United States (US)";
    private const string AzurePublicCloud = "the Azure public cloud (34 countries)";

    private static DiagnosticResult Dloc002(string provider, string region, string name, string country, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithArguments(provider, region, name, country, jurisdiction);

    private static DiagnosticResult Dloc003(string key, string host, string place, string jurisdiction = "CN") =>
        new DiagnosticResult(Descriptors.EndpointOutsideJurisdiction).WithArguments(key, host, place, jurisdiction);

    private static DiagnosticResult UsEast1 => Dloc002("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates);

    private static LocalizationTest<EmptyCodeFixProvider> Create(string[] policy, params (string Name, string Json)[] files)
    {
        var test = AnalyzerTest.Create(NoCode, policy);
        foreach (var (name, json) in files)
        {
            test.TestState.AdditionalFiles.Add(("/0/" + name, json));
        }

        return test;
    }

    private static async Task Verify(string json, params DiagnosticResult[] expected)
    {
        var test = Create(new[] { China }, ("appsettings.json", json));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Aws_region_is_reported_at_the_json_string_with_its_quotes()
    {
        await Verify("""
            {
              "AWS": {
                "Profile": "default",
                "Region": {|#0:"us-east-1"|}
              }
            }
            """,
            UsEast1.WithLocation(0));
    }

    [Fact]
    public async Task Location_is_line_and_column_of_the_value_in_the_file()
    {
        await Verify("{\n  \"AWS\": { \"Region\": \"us-east-1\" }\n}", UsEast1.WithLocation("/0/appsettings.json", 2, 22));
    }

    [Fact]
    public async Task Environment_variable_style_and_provider_prefixed_region_keys()
    {
        await Verify("""
            {
              "AWS_REGION": {|#0:"eu-west-1"|},
              "Backup": { "AwsRegion": {|#1:"eu-central-1"|} },
              "Storage": { "AzureLocation": {|#2:"westeurope"|} }
            }
            """,
            Dloc002("AWS", "eu-west-1", "Europe (Ireland)", "Ireland (IE)").WithLocation(0),
            Dloc002("AWS", "eu-central-1", "Europe (Frankfurt)", "Germany (DE)").WithLocation(1),
            Dloc002("Azure", "westeurope", "West Europe", "Netherlands (NL)").WithLocation(2));
    }

    [Fact]
    public async Task Cosmos_application_region_and_preferred_regions_by_display_name()
    {
        await Verify("""
            {
              "Cosmos": {
                "ApplicationRegion": {|#0:"West US"|},
                "ApplicationPreferredRegions": [ "China North 3", {|#1:"East US"|} ]
              }
            }
            """,
            Dloc002("Azure", "westus", "West US", UnitedStates).WithLocation(0),
            Dloc002("Azure", "eastus", "East US", UnitedStates).WithLocation(1));
    }

    [Fact]
    public async Task A_region_key_without_a_provider_needs_a_region_id_of_exactly_one_provider()
    {
        // westeurope is Azure's alone; us-east-1 is both AWS's and Alibaba's; "US" is a GCP multi-region
        // but as often a country code, so short ids need a provider in the key.
        await Verify("""
            {
              "Storage": { "Region": {|#0:"westeurope"|} },
              "Queue": { "Region": "us-east-1" },
              "Store": { "Location": "US" },
              "Gcp": { "BucketLocation": {|#1:"US"|} }
            }
            """,
            Dloc002("Azure", "westeurope", "West Europe", "Netherlands (NL)").WithLocation(0),
            Dloc002("Google Cloud", "us", "United States (multi-region)", UnitedStates).WithLocation(1));
    }

    [Fact]
    public async Task Regions_inside_the_jurisdiction_or_approved_are_not_reported()
    {
        var test = Create(
            new[] { China, "data_localization.approved_regions = aws:eu-west-1" },
            ("appsettings.json", """{ "AWS": { "Region": "cn-north-1" }, "Backup": { "AWS": { "Region": "eu-west-1" } }, "Cosmos": { "ApplicationRegion": "China North 3" } }"""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Sentry_dsn_in_the_US_under_the_EU()
    {
        var test = Create(new[] { Europe }, ("appsettings.json", """
            {
              "Sentry": {
                "Dsn": {|#0:"https://abc@o4504.ingest.us.sentry.io/4505"|},
                "TracesSampleRate": 1.0
              }
            }
            """));
        test.ExpectedDiagnostics.Add(Dloc003("Sentry:Dsn", "o4504.ingest.us.sentry.io", UnitedStates, "EU").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Application_insights_connection_string_names_its_ingestion_endpoint()
    {
        await Verify("""
            {
              "ApplicationInsights": {
                "ConnectionString": {|#0:"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/;LiveEndpoint=https://eastus.livediagnostics.monitor.azure.com/"|}
              },
              "APPLICATIONINSIGHTS_CONNECTION_STRING": {|#1:"InstrumentationKey=1;IngestionEndpoint=https://westus-0.in.applicationinsights.azure.com/"|}
            }
            """,
            Dloc003("ApplicationInsights:ConnectionString", "eastus-8.in.applicationinsights.azure.com", UnitedStates).WithLocation(0),
            Dloc003("APPLICATIONINSIGHTS_CONNECTION_STRING", "westus-0.in.applicationinsights.azure.com", UnitedStates).WithLocation(1));
    }

    [Fact]
    public async Task Connection_strings_of_databases_and_caches()
    {
        await Verify("""
            {
              "ConnectionStrings": {
                "Orders": {|#0:"Server=tcp:shop.database.windows.net,1433;Database=orders;User ID=app;Encrypt=true"|},
                "Cache": {|#1:"clustercfg.shop.abc123.memorydb.us-east-1.amazonaws.com:6379,password=secret,ssl=True"|},
                "Bus": {|#2:"Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5"|},
                "Local": "Server=localhost;Database=dev;Trusted_Connection=True",
                "China": "Server=tcp:shop.database.chinacloudapi.cn,1433;Database=orders"
              }
            }
            """,
            Dloc003("ConnectionStrings:Orders", "shop.database.windows.net", AzurePublicCloud).WithLocation(0),
            Dloc003("ConnectionStrings:Cache", "clustercfg.shop.abc123.memorydb.us-east-1.amazonaws.com", UnitedStates).WithLocation(1),
            Dloc003("ConnectionStrings:Bus", "shop.servicebus.windows.net", AzurePublicCloud).WithLocation(2));
    }

    [Fact]
    public async Task Aws_service_url_and_otlp_endpoints()
    {
        await Verify("""
            {
              "AWS": { "Region": "cn-north-1", "ServiceURL": {|#0:"https://s3.us-east-1.amazonaws.com"|} },
              "OTEL_EXPORTER_OTLP_ENDPOINT": {|#1:"https://otlp.us5.datadoghq.com"|},
              "OpenTelemetry": { "Endpoint": {|#2:"https://otlp.datadoghq.com:4317"|} },
              "Otlp": { "Endpoint": "http://otel-collector:4317" }
            }
            """,
            Dloc003("AWS:ServiceURL", "s3.us-east-1.amazonaws.com", UnitedStates).WithLocation(0),
            Dloc003("OTEL_EXPORTER_OTLP_ENDPOINT", "otlp.us5.datadoghq.com", UnitedStates).WithLocation(1),
            Dloc003("OpenTelemetry:Endpoint", "otlp.datadoghq.com", UnitedStates).WithLocation(2));
    }

    [Fact]
    public async Task Serilog_sink_arguments_inside_arrays()
    {
        await Verify("""
            {
              "Serilog": {
                "WriteTo": [
                  { "Name": "Console" },
                  { "Name": "Http", "Args": { "requestUri": {|#0:"https://http-intake.logs.datadoghq.com/api/v2/logs"|} } },
                  { "Name": "Elasticsearch", "Args": { "nodeUris": {|#1:"http://es-1.internal:9200;https://search-shop.us-east-1.es.amazonaws.com:443"|} } }
                ]
              }
            }
            """,
            Dloc003("Serilog:WriteTo:1:Args:requestUri", "http-intake.logs.datadoghq.com", UnitedStates).WithLocation(0),
            Dloc003("Serilog:WriteTo:2:Args:nodeUris", "search-shop.us-east-1.es.amazonaws.com", "AWS global regions (29 countries)").WithLocation(1));
    }

    [Fact]
    public async Task Any_url_the_catalog_places_outside_is_reported_under_its_key()
    {
        await Verify("""
            {
              "Recommendations": { "Api": {|#0:"https://api.openai.com/v1"|} },
              "Notes": { "Text": "api.openai.com is blocked here" },
              "Partner": { "Callback": "https://api.partner.cn/hooks" }
            }
            """,
            Dloc003("Recommendations:Api", "api.openai.com", UnitedStates).WithLocation(0));
    }

    [Fact]
    public async Task Named_endpoint_keys_accept_a_bare_host()
    {
        await Verify("""
            {
              "Smtp": { "Server": {|#0:"email-smtp.us-east-1.amazonaws.com"|}, "Port": 587, "From": "shop@example.cn" },
              "Misc": { "Mirror": "api.openai.com" }
            }
            """,
            Dloc003("Smtp:Server", "email-smtp.us-east-1.amazonaws.com", UnitedStates).WithLocation(0));
    }

    [Fact]
    public async Task Comments_and_trailing_commas_are_read_like_the_runtime_reads_them()
    {
        await Verify("""
            // Production settings
            {
              /* the region of every AWS client */
              "AWS": {
                "Region": {|#0:"us-east-1"|}, // N. Virginia
              },
              "Sentry": { "Dsn": {|#1:"https://k@o1.ingest.us.sentry.io/2"|}, },
            }
            """,
            UsEast1.WithLocation(0),
            Dloc003("Sentry:Dsn", "o1.ingest.us.sentry.io", UnitedStates).WithLocation(1));
    }

    [Fact]
    public async Task Placeholders_internal_hosts_and_listen_addresses_are_not_destinations()
    {
        await Verify("""
            {
              "Sentry": { "Dsn": "<your-sentry-dsn>" },
              "Crm": { "Url": "https://crm.example.com/api" },
              "Otlp": { "Endpoint": "http://localhost:4317" },
              "ConnectionStrings": { "Storage": "UseDevelopmentStorage=true" },
              "Urls": "http://0.0.0.0:5000;https://shop.azurewebsites.net",
              "AllowedHosts": "*",
              "Kestrel": { "Endpoints": { "Https": { "Url": "https://shop.azurewebsites.net" } } }
            }
            """);
    }

    [Fact]
    public async Task Numbers_and_booleans_are_not_judged()
    {
        await Verify("""{ "Aws": { "Region": 1, "UseRegion": true }, "Retry": { "Endpoint": null } }""");
    }

    [Fact]
    public async Task Environment_files_are_judged_each_on_its_own()
    {
        // The base file sends to the US; the Production file overrides with the EU ingest: each file is reported for what it holds.
        var test = Create(
            new[] { Europe },
            ("appsettings.json", """{ "Sentry": { "Dsn": {|#0:"https://k@o1.ingest.us.sentry.io/2"|} } }"""),
            ("appsettings.Production.json", """{ "Sentry": { "Dsn": "https://k@o1.ingest.de.sentry.io/2" } }"""),
            ("appsettings.Staging.json", """{ "AWS": { "Region": {|#1:"us-east-1"|} } }"""));
        test.ExpectedDiagnostics.Add(Dloc003("Sentry:Dsn", "o1.ingest.us.sentry.io", UnitedStates, "EU").WithLocation(0));
        test.ExpectedDiagnostics.Add(Dloc002("AWS", "us-east-1", "US East (N. Virginia)", UnitedStates, "EU").WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_editorconfig_section_scopes_the_policy_of_one_file()
    {
        // Development talks to a US sandbox on purpose; the section approves it for that file only.
        var test = Create(
            new[] { China },
            ("appsettings.json", """{ "AWS": { "Region": {|#0:"us-east-1"|} } }"""),
            ("appsettings.Development.json", """{ "AWS": { "Region": "us-east-1" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.Development.json]
            data_localization.approved_regions = aws:us-east-1
            """));
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Json_files_not_named_appsettings_are_ignored()
    {
        const string Json = """{ "AWS": { "Region": "us-east-1" } }""";
        var test = Create(
            new[] { China },
            ("config.json", Json),
            ("myappsettings.json", Json),
            ("appsettings.json.bak", Json),
            ("launchSettings.json", Json),
            ("appsettings.txt", Json));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_MSBuild_opt_out_turns_appsettings_off()
    {
        var test = Create(
            new[] { China, "build_property.DataLocalizationIncludeAppSettings = false" },
            ("appsettings.json", """{ "AWS": { "Region": "us-east-1" }, "Broken": """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_jurisdiction_nothing_is_judged()
    {
        var test = AnalyzerTest.Create(NoCode);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "AWS": { "Region": "us-east-1" } }"""));
        test.ExpectedDiagnostics.Add(AnalyzerTest.NoJurisdictionHint);
        await test.RunAsync();
    }

    [Fact]
    public async Task File_names_are_matched_without_regard_to_case()
    {
        var test = Create(new[] { China }, ("AppSettings.Production.JSON", """{ "AWS": { "Region": {|#0:"us-east-1"|} } }"""));
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_policy_problem_is_reported_once_with_appsettings_files_present()
    {
        // The policy of the JSON file and of the C# file hold the same problem: one DLOC900, and the valid code still applies.
        var test = Create(new[] { "data_localization.jurisdiction = CN, XX" }, ("appsettings.json", """{ "AWS": { "Region": {|#0:"us-east-1"|} } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidPolicy).WithNoLocation().WithArguments(
            "data_localization.jurisdiction = 'XX' is not understood: unknown country or bloc code; write ISO 3166-1 alpha-2 country codes or the blocs EEA, EU, comma-separated, e.g. CN or DE, CH or EU"));
        test.ExpectedDiagnostics.Add(UsEast1.WithLocation(0));
        await test.RunAsync();
    }
}
