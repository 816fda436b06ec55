using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Reports;

/// <summary>Wording shared by the Markdown and HTML reports, so both say the same thing.</summary>
public static class ReportText
{
    public const string EnableHint =
        "DLOC100 is hidden by default, and the compiler does not write hidden diagnostics to SARIF: add "
        + "`dotnet_diagnostic.DLOC100.severity = suggestion` to the .globalconfig and build with "
        + "`-p:ErrorLog=dloc.sarif%2Cversion%3D2.1`.";

    /// <summary>Worst verdict first, then country, then where in the code: the order of the report tables.</summary>
    public static IEnumerable<Flow> ReportOrder(IEnumerable<Flow> flows) =>
        flows.OrderBy(f => Verdicts.Rank(f.Verdict))
            .ThenBy(f => Countries.IsUnknown(f.Country) ? 1 : 0)
            .ThenBy(f => f.Country, StringComparer.Ordinal)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column);

    public static string Jurisdiction(InventoryDocument inventory) => inventory.Jurisdictions.Count switch
    {
        0 when inventory.Flows.Count == 0 => "",
        0 => "No data-localization policy is configured (data_localization.jurisdiction): the transfers are listed, not judged.",
        1 => "Approved jurisdiction: " + DescribeJurisdiction(inventory.Jurisdictions[0]) + ".",
        _ => "Approved jurisdictions (they differ between projects or folders): " + string.Join("; ", inventory.Jurisdictions.Select(DescribeJurisdiction)) + ".",
    };

    public static string DescribeJurisdiction(string jurisdiction) =>
        string.Join(", ", Countries.Split(jurisdiction).Select(code => code switch
        {
            "EU" => "EU (the 27 member states)",
            "EEA" => "EEA (EU, Iceland, Liechtenstein, Norway)",
            _ => Countries.Name(code) is { } name ? name + " (" + code + ")" : code,
        }));

    public static IReadOnlyList<string> CoverageWarnings(Coverage coverage)
    {
        var warnings = new List<string>();
        if (coverage.LogsWithAnalyzer == 0)
        {
            warnings.Add($"None of the {Plural(coverage.Logs, "SARIF log")} lists a DLOC rule: LocalizationAnalyzers did not run in these builds.");
        }

        if (coverage.LogsWithInventoryDisabled > 0)
        {
            warnings.Add($"Incomplete: DLOC100 did not reach {coverage.LogsWithInventoryDisabled} of the {Plural(coverage.LogsWithAnalyzer, "log")} in which LocalizationAnalyzers ran; "
                + "the egress sites of those projects are missing. " + EnableHint);
        }

        if (coverage.LogsWithInventoryUnknown > 0)
        {
            warnings.Add($"{Plural(coverage.LogsWithInventoryUnknown, "SARIF 1.0 log")} without DLOC100 results: SARIF 1.0 does not record whether DLOC100 was enabled. "
                + "Build with `-p:ErrorLog=dloc.sarif%2Cversion%3D2.1` to know.");
        }

        return warnings;
    }

    public static string PersonalData(Flow flow) =>
        flow.PersonalData.Count == 0 ? "no personal data" : string.Join(", ", flow.PersonalData.Select(c => IsSensitive(flow, c) ? c + " (sensitive)" : c));

    /// <summary>The categories that are sensitive personal information by themselves (SPEC §3, PIPL Art. 28).</summary>
    private static readonly HashSet<string> SensitiveCategories = new(StringComparer.Ordinal) { "government_id", "financial", "health", "biometric", "location" };

    /// <summary>
    /// Whether this category of the flow is sensitive. The site says only whether something it sends is; that is
    /// the sensitive categories, or, when none is sent, the demographic data (its sensitive kinds: ethnicity,
    /// religion, political opinion). Contact data beside an ID card number is not sensitive.
    /// </summary>
    public static bool IsSensitive(Flow flow, string category) =>
        flow.Sensitive && (SensitiveCategories.Contains(category) ||
                           (category == "demographic" && !flow.PersonalData.Any(SensitiveCategories.Contains)));

    /// <summary>More countries than this and a destination is named by its cloud, the list one click away.</summary>
    public const int MaxCountriesNamed = 3;

    /// <summary>"China (CN)"; "Azure public cloud, 34 countries" for a destination in many countries.</summary>
    public static string Place(string country, string? cloud)
    {
        var codes = Countries.Split(country).ToList();
        if (codes.Count <= MaxCountriesNamed)
        {
            return Countries.Describe(country);
        }

        return (cloud is null ? "" : Clouds.Name(cloud) + ", ") + codes.Count + " countries";
    }

    public static string Place(Flow flow) => Place(flow.Country, flow.Cloud);

    /// <summary>True when <see cref="Place(string, string?)"/> names a cloud or a count instead of the countries.</summary>
    public static bool IsMultiCountry(string country) => Countries.Split(country).Count() > MaxCountriesNamed;

    /// <summary>Every country of a multi-country destination, by name: what the summary hides.</summary>
    public static string CountryList(string country) => string.Join(", ", Countries.Split(country).Select(code => Countries.Describe(code)));

    public static string Destination(Flow flow) => DestinationNote(flow) is { } note ? flow.Destination + " (" + note + ")" : flow.Destination;

    /// <summary>What an unresolved or implicit destination means, for a reader who does not know the terms.</summary>
    public static string? DestinationNote(Flow flow) => flow.Destination switch
    {
        "unresolved" => "decided at run time",
        "implicit" => "region chosen by the environment at run time",
        _ => null,
    };

    public static string SuppressionType(Suppression suppression) => suppression.Type switch
    {
        "SuppressMessageAttribute" => "[SuppressMessage]",
        "Pragma Directive" => "#pragma",
        "" => suppression.Kind,
        _ => suppression.Type,
    };

    /// <summary>"DLOC001 suppressed by [SuppressMessage]: justification", one per suppressed result at the site.</summary>
    public static IEnumerable<string> Suppressions(Flow flow)
    {
        if (flow.Suppression is { } own)
        {
            yield return Suppressed("DLOC100", own);
        }

        foreach (var finding in flow.Findings.Where(f => f.Suppression is not null))
        {
            yield return Suppressed(finding.RuleId, finding.Suppression!);
        }
    }

    public static string Suppressed(string ruleId, Suppression suppression) =>
        ruleId + " suppressed by " + SuppressionType(suppression) + ": "
        + (suppression.Justification.Length > 0 ? "\u201C" + suppression.Justification + "\u201D" : "no justification given");

    public static string Plural(int count, string noun) => count + " " + (count == 1 ? noun : noun + "s");

    public static readonly IReadOnlyList<(string Verdict, string Meaning)> VerdictMeanings =
    [
        (Verdicts.Outside, "the destination is known to be outside the approved jurisdiction and not approved (DLOC001, DLOC002, DLOC003, DLOC006)."),
        (Verdicts.Unverified, "where the data goes is decided at run time (unresolved URL, implicit cloud region) or the host's location is unknown: someone has to check it (DLOC004, DLOC005)."),
        (Verdicts.NoPolicy, "the project declares no jurisdiction (data_localization.jurisdiction), so nothing is judged."),
        (Verdicts.Compliant, "the destination is inside the jurisdiction, or an approved region or host."),
    ];

    /// <summary>One flow per destination whose operator is known, foreign operators first, for the sovereignty table.</summary>
    public static IReadOnlyList<Flow> OperatedDestinations(InventoryDocument inventory) =>
        inventory.Flows
            .Where(f => f.Operator is not null && f.OperatorJurisdiction is not null)
            .GroupBy(f => f.Destination, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Sovereignty == "foreign" ? 0 : 1)
            .ThenBy(f => f.Destination, StringComparer.Ordinal)
            .ToList();
}
