using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Policy;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Bad configuration for every key of SPEC §2 never crashes and never silently passes: DLOC900 names the
/// key and the value and says how to write it, and the rest of the policy (here: jurisdiction CN with
/// aws:eu-west-1 approved) keeps working. The policy goes through the real editorconfig parser.
/// </summary>
public class BadPolicyTests
{
    /// <summary>Virginia is outside CN; Ireland is approved by the base policy.</summary>
    private const string Clients = """
        using Amazon;
        using Amazon.S3;

        class Storage
        {
            AmazonS3Client Ireland() => new AmazonS3Client(RegionEndpoint.EUWest1);
            AmazonS3Client Virginia() => {|#1:new AmazonS3Client({|#0:RegionEndpoint.USEast1|})|};
        }
        """;

    private const string Jurisdiction = "data_localization.jurisdiction = CN";
    private const string Approved = "data_localization.approved_regions = aws:eu-west-1";

    private const string JurisdictionAccepted = "write ISO 3166-1 alpha-2 country codes or the blocs EEA, EU, comma-separated, e.g. CN or DE, CH or EU";
    private const string EmptyList = "the value is empty; remove the key or give a comma-separated list";
    private const string NamesAccepted = "expected fully qualified names (Contoso.Customers.Customer, Contoso.Customers.Customer.Email), comma-separated";
    private const string HostAccepted = "malformed host pattern; expected a host name (api.partner.cn) or '*.' followed by a domain (*.corp.example); no scheme, port, path or other wildcards";

    public static TheoryData<string, string, string, string> BadValues => new()
    {
        // key, value as written, value as reported, reason
        { "data_localization.jurisdiction", "CN, RU|KZ", "RU|KZ", "separate values with commas, not '|': RU, KZ" },
        { "data_localization.jurisdiction", "CN, RU KZ", "RU KZ", "separate values with commas, not spaces: RU, KZ" },
        { "data_localization.jurisdiction", "CN, E*", "E*", "wildcards are not accepted; " + JurisdictionAccepted },
        { "data_localization.jurisdiction", "CN, *", "*", "wildcards are not accepted; " + JurisdictionAccepted },
        { "data_localization.approved_regions", "aws:eu-west-1, aws:us-*", "aws:us-*", "wildcards are not accepted in regions; list each region (aws:eu-west-1, aws:eu-central-1)" },
        { "data_localization.approved_regions", "aws:eu-west-1, *:us-east-1", "*:us-east-1", "wildcards are not accepted in regions; list each region (aws:eu-west-1, aws:eu-central-1)" },
        { "data_localization.approved_regions", "aws:eu-west-1, aws:us-east-1|aws:us-west-2", "aws:us-east-1|aws:us-west-2", "separate values with commas, not '|': aws:us-east-1, aws:us-west-2" },
        { "data_localization.approved_regions", "aws:eu-west-1, aws:", "aws:", "the region id is missing after 'aws:'; write provider:region (aws:eu-west-1)" },
        { "data_localization.approved_regions", "aws:eu-west-1, aws:eu-central-1 aws:eu-west-2", "aws:eu-central-1 aws:eu-west-2", "separate values with commas, not spaces: aws:eu-central-1, aws:eu-west-2" },
        { "data_localization.preferred_regions", "aws:cn-north-1, azure:mars-1", "azure:mars-1", "unknown azure region 'mars-1'" },
        { "data_localization.preferred_regions", "cn-north-1|cn-northwest-1", "cn-north-1|cn-northwest-1", "separate values with commas, not '|': cn-north-1, cn-northwest-1" },
        { "data_localization.approved_hosts", "api.partner.cn|*.corp.example", "api.partner.cn|*.corp.example", "separate values with commas, not '|': api.partner.cn, *.corp.example" },
        { "data_localization.approved_hosts", "api.partner.cn *.corp.example", "api.partner.cn *.corp.example", "separate values with commas, not spaces: api.partner.cn, *.corp.example" },
        { "data_localization.approved_hosts", "*.", "*.", HostAccepted },
        { "data_localization.approved_hosts", "*.*.corp.example", "*.*.corp.example", HostAccepted },
        { "data_localization.approved_hosts", "corp.*", "corp.*", HostAccepted },
        { "data_localization.host_jurisdictions", "llm.acme.internal=CN|eu.acme.com=DE", "llm.acme.internal=CN|eu.acme.com=DE", "separate values with commas, not '|': llm.acme.internal=CN, eu.acme.com=DE" },
        { "data_localization.host_jurisdictions", "llm.acme.internal:CN", "llm.acme.internal:CN", "expected host=COUNTRY pairs, comma-separated (llm-cn.acme.internal=CN, eu.api.partner.com=DE)" },
        { "data_localization.host_jurisdictions", "acme.*=CN", "acme.*=CN", HostAccepted },
        { "data_localization.host_jurisdictions", "llm.acme.internal=ZZ", "llm.acme.internal=ZZ", "unknown country code after '='; " + JurisdictionAccepted },
        { "data_localization.personal_data_types", "Shop.Customer, Shop.*", "Shop.*", "wildcards are not accepted; list each fully qualified name, comma-separated (Contoso.Customers.Customer, Contoso.Customers.Customer.Email)" },
        { "data_localization.personal_data_types", "Shop.Customer|Shop.Order", "Shop.Customer|Shop.Order", "separate values with commas, not '|': Shop.Customer, Shop.Order" },
        { "data_localization.personal_data_types", "Shop.Customer, Shop..Order", "Shop..Order", NamesAccepted },
        { "data_localization.personal_data_types", "Shop.Customer, Shop.Order<T>", "Shop.Order<T>", NamesAccepted },
        { "data_localization.personal_data_members", "Shop.Customer.Email, Email", "Email", "expected Type.Member or Namespace.Type.Member (Contoso.Customers.Customer.Email)" },
        { "data_localization.personal_data_members", "Shop.Customer.*", "Shop.Customer.*", "wildcards are not accepted; list each fully qualified name, comma-separated (Contoso.Customers.Customer, Contoso.Customers.Customer.Email)" },
        { "data_localization.personal_data_attributes", "Shop.PiiAttribute, [Pii]", "[Pii]", NamesAccepted },
        { "data_localization.not_personal_data_members", "Shop.Order.Tracking Number", "Shop.Order.Tracking Number", "separate values with commas, not spaces: Shop.Order.Tracking, Number" },
        { "data_localization.name_heuristics", "on", "on", "expected 'true' or 'false'" },
        { "data_localization.name_heuristics", "", "", "expected 'true' or 'false'" },
        { "data_localization.internal_hosts", "approved, unapproved", "approved, unapproved", "expected 'approved' or 'unapproved'" },
        { "data_localization.approved_hosts", "", "", EmptyList },
        { "data_localization.approved_hosts", " , ", ",", EmptyList },
        { "data_localization.host_jurisdictions", "", "", EmptyList },
        { "data_localization.preferred_regions", "", "", EmptyList },
        { "data_localization.personal_data_types", "", "", EmptyList },
        { "data_localization.personal_data_members", "", "", EmptyList },
        { "data_localization.personal_data_attributes", "", "", EmptyList },
        { "data_localization.not_personal_data_members", "", "", EmptyList },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Bad_value_is_reported_with_how_to_fix_it_and_the_rest_still_applies(string key, string written, string reported, string reason)
    {
        var lines = new List<string> { key + " = " + written };
        if (key != PolicyKeys.Jurisdiction)
        {
            lines.Add(Jurisdiction);
        }

        if (key != PolicyKeys.ApprovedRegions)
        {
            lines.Add(Approved);
        }

        var test = AnalyzerTest.Create(Clients, lines.ToArray());
        test.ExpectedDiagnostics.Add(Dloc900(key, reported, reason));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Jurisdiction_of_only_commas_is_reported_as_empty()
    {
        var test = AnalyzerTest.Create(Clients, "data_localization.jurisdiction = , ,", Approved);
        test.ExpectedDiagnostics.Add(Dloc900(PolicyKeys.Jurisdiction, ", ,", "the value is empty; " + JurisdictionAccepted + PolicyReader.RulesIdle));
        await test.RunAsync();
    }

    [Fact]
    public async Task Preferred_region_outside_the_jurisdiction_and_not_approved_is_a_conflict()
    {
        // The fix can never offer it: the user asked for something the policy forbids.
        var test = AnalyzerTest.Create(Clients, Jurisdiction, Approved, "data_localization.preferred_regions = aws:us-west-2, aws:eu-west-1, cn-north-1");
        test.ExpectedDiagnostics.Add(Dloc900(PolicyKeys.PreferredRegions, "aws:us-west-2",
            "preferred region outside the jurisdiction CN and not approved, so no fix offers it; prefer a region inside CN or add it to data_localization.approved_regions"));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Host_placed_in_two_jurisdictions_is_a_conflict_and_the_first_applies()
    {
        var test = AnalyzerTest.Create(Clients, Jurisdiction, Approved,
            "data_localization.host_jurisdictions = llm.acme.internal=CN, eu.acme.com=DE, LLM.acme.internal=US, llm.acme.internal=CN");
        test.ExpectedDiagnostics.Add(Dloc900(PolicyKeys.HostJurisdictions, "LLM.acme.internal=US",
            "the host is already placed in CN by an earlier entry; keep one entry per host (the first applies)"));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Member_both_personal_and_not_personal_is_a_conflict()
    {
        var test = AnalyzerTest.Create(Clients, Jurisdiction, Approved,
            "data_localization.personal_data_members = Shop.Order.ShippingAddress, Shop.Customer.Email",
            "data_localization.not_personal_data_members = Shop.Order.TrackingNumber, Shop.Customer.Email");
        test.ExpectedDiagnostics.Add(Dloc900(PolicyKeys.NotPersonalDataMembers, "Shop.Customer.Email",
            "also listed in data_localization.personal_data_members, which wins (not_personal_data_members only silences the name heuristic); remove it from one of the keys"));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unusual_but_valid_values_raise_no_problem()
    {
        // Every consistency check stays silent on a policy that is merely unusual.
        var test = AnalyzerTest.Create(Clients, Jurisdiction,
            "data_localization.approved_regions = aws: eu-west-1, cn-north-1",
            "data_localization.preferred_regions = aws:eu-west-1, cn-north-1",
            "data_localization.host_jurisdictions = llm.acme.internal = CN, llm.acme.internal=CN",
            "data_localization.approved_hosts = api.partner.cn",
            "data_localization.personal_data_types = System.Collections.Generic.List`1, Shop.Outer+Inner, _Shop.Ünicode",
            "data_localization.personal_data_members = Customer.Email");
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("DATA_LOCALIZATION.JURISDICTION = cn")]
    [InlineData("Data_Localization.Jurisdiction=Cn")]
    [InlineData("   data_localization.jurisdiction   =   CN   ")]
    [InlineData("data_localization.jurisdiction: CN")]
    [InlineData("data_localization.jurisdiction = CN # mainland China only")]
    public async Task Odd_casing_and_whitespace_in_keys_and_values_still_work(string line)
    {
        var test = AnalyzerTest.Create(Clients, line, Approved);
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Misspelled_key_with_odd_casing_is_reported_in_lower_case()
    {
        var test = AnalyzerTest.Create(Clients, Jurisdiction, Approved, "Data_Localization.Approved_Region = aws:us-east-1");
        test.ExpectedDiagnostics.Add(Dloc900("data_localization.approved_region", "aws:us-east-1",
            "unknown key (did you mean data_localization.approved_regions?); the keys are " + string.Join(", ", PolicyKeys.All)));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_semicolon_starts_an_editorconfig_comment_so_the_codes_after_it_never_reach_the_analyzer()
    {
        // The compiler's editorconfig parser drops "; RU" before any analyzer sees the value: the policy is CN
        // alone, and nothing can report it. Pinned so a change in that parser is noticed (see the report of issue 7).
        var test = AnalyzerTest.Create(Clients, "data_localization.jurisdiction = CN;RU", Approved);
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public void A_semicolon_that_does_reach_the_reader_is_reported()
    {
        // Hosts that hand analyzers raw values (no editorconfig parser in between) get the same advice as for '|'.
        var policy = PolicyReader.Read(new RawOptions((PolicyKeys.Jurisdiction, "CN;RU"), (PolicyKeys.ApprovedHosts, "a.partner.cn;b.partner.cn")), LocationCatalog.Instance);
        Assert.Null(policy.Jurisdiction);
        Assert.Equal(
            new[]
            {
                new PolicyProblem(PolicyKeys.Jurisdiction, "CN;RU", "separate values with commas, not ';': CN, RU" + PolicyReader.RulesIdle),
                new PolicyProblem(PolicyKeys.ApprovedHosts, "a.partner.cn;b.partner.cn", "separate values with commas, not ';': a.partner.cn, b.partner.cn"),
            },
            policy.Problems);
    }

    [Fact]
    public void Random_values_for_every_key_never_throw_and_never_silently_drop_the_jurisdiction()
    {
        const string alphabet = "abcxyzCNRUDEEUEAaws:azure:gcp-_.=*,;| \t1234567890éü中`+<>[]@#/\\\"'";
        var random = new Random(900);
        for (var i = 0; i < 20_000; i++)
        {
            string Garbage() => new(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var values = PolicyKeys.All.Where(_ => random.Next(3) == 0).Select(key => (key, Garbage())).ToArray();
            var policy = PolicyReader.Read(new RawOptions(values), LocationCatalog.Instance);

            Assert.All(policy.Problems, p => Assert.Contains(p.Key, values.Select(v => v.key)));
            if (values.FirstOrDefault(v => v.key == PolicyKeys.Jurisdiction) is { key: not null } jurisdiction && policy.Jurisdiction is null)
            {
                // No jurisdiction came out of a written value: the user is told, whatever they wrote.
                Assert.Contains(policy.Problems, p => p.Key == PolicyKeys.Jurisdiction);
            }
        }
    }

    [Fact]
    public async Task Key_set_in_two_editorconfig_sections_follows_editorconfig_precedence_per_file()
    {
        // Not a conflict: the later, matching section wins for the files it matches, as editorconfig defines.
        var test = AnalyzerTest.Create(Clients);
        test.TestState.Sources.Add(("/0/Legacy/UsStorage.cs", """
            using Amazon;
            using Amazon.S3;

            class UsStorage
            {
                AmazonS3Client Virginia() => new AmazonS3Client(RegionEndpoint.USEast1);
                AmazonS3Client Beijing() => {|#3:new AmazonS3Client({|#2:RegionEndpoint.CNNorth1|})|};
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            data_localization.jurisdiction = CN
            data_localization.approved_regions = aws:eu-west-1

            [**/Legacy/*.cs]
            data_localization.jurisdiction = US
            """));
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(2).WithLocation(3)
            .WithArguments("AWS", "cn-north-1", "China (Beijing)", "China (CN)", "US"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Key_set_twice_in_one_section_takes_the_last_value()
    {
        var test = AnalyzerTest.Create(Clients, "data_localization.jurisdiction = US", Approved, "data_localization.jurisdiction = CN");
        test.ExpectedDiagnostics.Add(UsEast1("CN"));
        await test.RunAsync();
    }

    [Fact]
    public void Key_set_by_two_global_configs_is_reported_by_the_compiler_and_unset()
    {
        var options = new EditorConfigOptionsProvider(
            ("/a/.globalconfig", "is_global = true\ndata_localization.jurisdiction = CN\n"),
            ("/b/.globalconfig", "is_global = true\ndata_localization.jurisdiction = RU\n"));
        Assert.Contains(options.ConfigDiagnostics, d => d.Id == "MultipleGlobalAnalyzerKeys" && d.GetMessage().Contains("data_localization.jurisdiction"));

        var result = AnalyzerHarness.Analyze(
            AnalyzerHarness.Compile(AnalyzerHarness.Parse(FuzzCorpus.StripMarkup(Clients))), options, AnalyzerHarness.Bound(TimeSpan.FromMinutes(1)));
        Assert.Empty(result.Failures);

        // With the key unset no file declares a jurisdiction: only the Info hint that the rules are idle.
        var hint = Assert.Single(result.Diagnostics.Where(d => d.Id != RuleIdentifiers.EgressInventory));
        Assert.Equal((RuleIdentifiers.InvalidPolicy, Microsoft.CodeAnalysis.DiagnosticSeverity.Info), (hint.Id, hint.Severity));
        Assert.StartsWith("Data localization policy: no jurisdiction is declared, so the data localization rules are idle", hint.GetMessage(), StringComparison.Ordinal);
    }

    private static DiagnosticResult Dloc900(string key, string value, string reason) =>
        new DiagnosticResult(Descriptors.InvalidPolicy).WithNoLocation().WithArguments($"{key} = '{value}' is not understood: {reason}");

    private static DiagnosticResult UsEast1(string jurisdiction) =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(0).WithLocation(1)
            .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", jurisdiction);

    private sealed class RawOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public RawOptions(params (string Key, string Value)[] values) =>
            _values = values.ToImmutableDictionary(v => v.Key, v => v.Value, KeyComparer);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
