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
        flow.PersonalData.Count == 0 ? "no personal data" : string.Join(", ", flow.PersonalData);

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
}
