using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Policy;

/// <summary>DLOC900: every malformed value is named with what is accepted, and the rest of the policy still applies.</summary>
public class InvalidPolicyRuleTests
{
    private const string UsEast1Client = """
        using Amazon;
        using Amazon.S3;

        class Storage
        {
            AmazonS3Client Create() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
        }
        """;

    private const string NoEgress = "class Empty { }";

    private static DiagnosticResult Dloc900(string key, string value, string reason) =>
        new DiagnosticResult(Descriptors.InvalidPolicy).WithNoLocation().WithArguments($"{key} = '{value}' is not understood: {reason}");

    private static readonly DiagnosticResult NoJurisdiction = AnalyzerTest.NoJurisdictionHint;

    private const string Idle = "; until it is fixed the data localization rules are idle";

    private static DiagnosticResult UsEast1(string jurisdiction) =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(0).WithLocation(1)
            .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", jurisdiction);

    private const string JurisdictionAccepted = "write ISO 3166-1 alpha-2 country codes or the blocs EEA, EU, comma-separated, e.g. CN or DE, CH or EU";

    [Fact]
    public async Task Unknown_jurisdiction_code_is_reported_and_known_codes_still_apply()
    {
        var test = AnalyzerTest.Create(UsEast1Client, "data_localization.jurisdiction = CN, XX");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.jurisdiction", "XX", "unknown country or bloc code; " + JurisdictionAccepted));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_code_in_the_MSBuild_property_names_the_property()
    {
        var test = AnalyzerTest.Create(NoEgress, "build_property.DataLocalizationJurisdiction = China");
        test.ExpectedDiagnostics.Add(Dloc900("DataLocalizationJurisdiction (MSBuild property)", "CHINA", "unknown country or bloc code (did you mean CN?); " + JurisdictionAccepted + Idle));
        await test.RunAsync();
    }

    [Fact]
    public async Task Empty_jurisdiction_is_reported()
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.jurisdiction = ");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.jurisdiction", "", "the value is empty; " + JurisdictionAccepted + Idle));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_key_is_reported()
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.jurisdicton = CN");
        test.ExpectedDiagnostics.Add(Dloc900(
            "data_localization.jurisdicton",
            "CN",
            "unknown key (did you mean data_localization.jurisdiction?); the keys are data_localization.jurisdiction, data_localization.approved_regions, data_localization.approved_hosts, data_localization.host_jurisdictions, data_localization.preferred_regions, data_localization.personal_data_types, data_localization.personal_data_members, data_localization.personal_data_attributes, data_localization.not_personal_data_members, data_localization.name_heuristics, data_localization.internal_hosts, data_localization.sovereignty"));
        test.ExpectedDiagnostics.Add(NoJurisdiction);
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_region_is_reported_and_the_other_approvals_apply()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Ireland() => new AmazonS3Client(RegionEndpoint.EUWest1);
                AmazonS3Client Virginia() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
            }
            """;
        var test = AnalyzerTest.Create(source, "data_localization.jurisdiction = CN", "data_localization.approved_regions = aws:eu-west-1, aws:us-east-99, mars:olympus-1, nowhere-1");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.approved_regions", "aws:us-east-99", "unknown aws region 'us-east-99'"));
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.approved_regions", "mars:olympus-1", "unknown provider 'mars'; accepted providers: alibaba, aws, azure, gcp, huawei, oracle, tencent, yandex"));
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.approved_regions", "nowhere-1", "unknown region id; write a region id of the built-in catalog, optionally with its provider (aws:eu-west-1, azure:westeurope, gcp:europe-west3, alibaba:cn-hangzhou)"));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("https://api.partner.cn")]
    [InlineData("api.*.partner.cn")]
    [InlineData("*partner.cn")]
    [InlineData("api.partner.cn:443")]
    public async Task Malformed_host_pattern_is_reported(string pattern)
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.approved_hosts = *.corp.example, " + pattern);
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.approved_hosts", pattern,
            "malformed host pattern; expected a host name (api.partner.cn) or '*.' followed by a domain (*.corp.example); no scheme, port, path or other wildcards"));
        test.ExpectedDiagnostics.Add(NoJurisdiction);
        await test.RunAsync();
    }

    [Fact]
    public async Task Malformed_host_jurisdiction_is_reported()
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.host_jurisdictions = llm.acme.internal=CN, eu.partner.com, us.partner.com=USA");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.host_jurisdictions", "eu.partner.com", "expected host=COUNTRY pairs, comma-separated (llm-cn.acme.internal=CN, eu.api.partner.com=DE)"));
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.host_jurisdictions", "us.partner.com=USA", "unknown country code after '=' (did you mean US?); " + JurisdictionAccepted));
        test.ExpectedDiagnostics.Add(NoJurisdiction);
        await test.RunAsync();
    }

    [Theory]
    [InlineData("data_localization.name_heuristics", "yes", "expected 'true' or 'false'")]
    [InlineData("data_localization.internal_hosts", "allowed", "expected 'approved' or 'unapproved'")]
    public async Task Wrong_switch_value_is_reported(string key, string value, string reason)
    {
        var test = AnalyzerTest.Create(NoEgress, key + " = " + value);
        test.ExpectedDiagnostics.Add(Dloc900(key, value, reason));
        test.ExpectedDiagnostics.Add(NoJurisdiction);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_problem_is_reported_once_however_many_files_share_it()
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.jurisdiction = XX");
        test.TestState.Sources.Add("class Second { }");
        test.TestState.Sources.Add("class Third { }");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.jurisdiction", "XX", "unknown country or bloc code; " + JurisdictionAccepted + Idle));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_misspelt_jurisdiction_says_the_rules_are_idle_and_names_the_nearest_code()
    {
        var test = AnalyzerTest.Create(UsEast1Client.Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", ""), "data_localization.jurisdiction = CNN");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.jurisdiction", "CNN", "unknown country or bloc code (did you mean CN?); " + JurisdictionAccepted + Idle));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("data_localization.approved_host", "data_localization.approved_hosts")]
    [InlineData("data_localization.aproved_regions", "data_localization.approved_regions")]
    [InlineData("data_localization.host_jurisdiction", "data_localization.host_jurisdictions")]
    public async Task Unknown_key_names_the_nearest_key(string key, string nearest)
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.jurisdiction = CN", key + " = x");
        test.ExpectedDiagnostics.Add(Dloc900(key, "x", "unknown key (did you mean " + nearest + "?); the keys are " + string.Join(", ", AllKeys)));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_key_far_from_every_key_gets_no_guess()
    {
        var test = AnalyzerTest.Create(NoEgress, "data_localization.jurisdiction = CN", "data_localization.retention_days = 30");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.retention_days", "30", "unknown key; the keys are " + string.Join(", ", AllKeys)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_jurisdiction_the_project_gets_one_hint_whatever_its_number_of_files()
    {
        var test = AnalyzerTest.Create(UsEast1Client.Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", ""));
        test.TestState.Sources.Add("class Second { }");
        test.TestState.Sources.Add("class Third { }");
        test.ExpectedDiagnostics.Add(NoJurisdiction);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_jurisdiction_declared_for_some_files_only_gives_no_hint()
    {
        // An editorconfig section scopes the jurisdiction to one folder: the project does declare one.
        var test = AnalyzerTest.Create(NoEgress);
        test.TestState.Sources.Add(("/Orders/Order.cs", "class Order { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/Orders/*.cs]\ndata_localization.jurisdiction = CN\n"));
        await test.RunAsync();
    }

    private static readonly string[] AllKeys =
    [
        "data_localization.jurisdiction", "data_localization.approved_regions", "data_localization.approved_hosts", "data_localization.host_jurisdictions",
        "data_localization.preferred_regions", "data_localization.personal_data_types", "data_localization.personal_data_members",
        "data_localization.personal_data_attributes", "data_localization.not_personal_data_members", "data_localization.name_heuristics",
        "data_localization.internal_hosts", "data_localization.sovereignty",
    ];

    [Fact]
    public async Task A_valid_full_policy_is_silent()
    {
        var test = AnalyzerTest.Create(NoEgress,
            "data_localization.jurisdiction = DE, CH",
            "data_localization.approved_regions = aws:eu-west-1, westeurope",
            "data_localization.approved_hosts = api.partner.cn, *.corp.example",
            "data_localization.host_jurisdictions = llm-cn.acme.internal=CN, eu.api.partner.com=DE",
            "data_localization.preferred_regions = aws:eu-central-1",
            "data_localization.personal_data_types = Shop.Customer",
            "data_localization.personal_data_members = Shop.Order.ShippingAddress",
            "data_localization.personal_data_attributes = Shop.SensitiveAttribute",
            "data_localization.not_personal_data_members = Shop.Order.TrackingNumber",
            "data_localization.name_heuristics = false",
            "data_localization.internal_hosts = unapproved");
        await test.RunAsync();
    }
}
