using System.Text.Json.Serialization;

namespace LocalizationAnalyzers.Inventory.Model;

/// <summary>
/// The transfer inventory of a build: every egress site DLOC100 reported, with the DLOC findings
/// at the same site. This is the content of inventory.json (schema <see cref="SchemaId"/>).
/// </summary>
public sealed record InventoryDocument(
    string Schema,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GeneratedAt,
    IReadOnlyList<string> Jurisdictions,
    Coverage Coverage,
    Summary Summary,
    IReadOnlyList<Flow> Flows,
    IReadOnlyList<Finding> OtherFindings)
{
    public const string SchemaId = "dloc-inventory/1";
}

/// <summary>
/// How much of the build the inventory covers. A log "with analyzer" lists the DLOC rules; DLOC100 is
/// "enabled" there when the log has DLOC100 results or a configuration that raises it above hidden,
/// "disabled" when it provably stayed hidden (hidden diagnostics never reach SARIF). SARIF 1.0 logs do
/// not record configuration, so a 1.0 log without DLOC100 results is neither.
/// </summary>
public sealed record Coverage(int Logs, int LogsWithAnalyzer, int LogsWithInventoryEnabled, int LogsWithInventoryDisabled)
{
    [JsonIgnore]
    public int LogsWithInventoryUnknown => LogsWithAnalyzer - LogsWithInventoryEnabled - LogsWithInventoryDisabled;

    /// <summary>False when some log ran the analyzers without DLOC100 reaching the log: the inventory misses that project.</summary>
    [JsonIgnore]
    public bool IsComplete => LogsWithInventoryDisabled == 0 && LogsWithAnalyzer > 0;
}

public sealed record Summary(
    int Flows,
    int PersonalDataFlows,
    int SensitiveFlows,
    int SuppressedFlows,
    IReadOnlyDictionary<string, int> ByVerdict,
    IReadOnlyList<CountrySummary> ByCountry,
    IReadOnlyDictionary<string, int> ByPersonalData);

public sealed record CountrySummary(string Country, string Name, int Flows, IReadOnlyDictionary<string, int> ByVerdict);

/// <summary>
/// One egress site: one DLOC100 result, or a DLOC002/003/006 finding that names an outside destination where no
/// DLOC100 was reported (a region in appsettings.json, an AWSOptions or Cosmos region).
/// </summary>
public sealed record Flow(
    string File,
    int Line,
    int Column,
    string Api,
    string EgressKind,
    string Destination,
    string Host,
    string Provider,
    string Region,
    string Country,
    IReadOnlyList<string> PersonalData,
    bool Sensitive,
    string Source,
    string Verdict,
    string Jurisdiction,
    IReadOnlyList<string> Rules,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Suppression? Suppression,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// The cloud or partition the destination belongs to when it spans several countries ("azure" for a
    /// *.core.windows.net host: 34 countries), so reports can name it by its cloud; null otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cloud { get; init; }

    /// <summary>Who operates the destination (operators.tsv, as DLOC100 reports it); null when nobody has recorded it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Operator { get; init; }

    /// <summary>The states whose authorities can compel the operator ("DE+US"); null when the operator is unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OperatorJurisdiction { get; init; }

    /// <summary>
    /// The sovereignty column: "inside" when the operator answers only to the flow's jurisdiction, "foreign" when it
    /// answers to another state too, "unknown" without an operator or a jurisdiction.
    /// </summary>
    [JsonIgnore]
    public string Sovereignty =>
        OperatorJurisdiction is null || Jurisdiction.Length == 0 ? "unknown"
        : Countries.IsInside(OperatorJurisdiction, Countries.Expand([Jurisdiction])) ? "inside" : "foreign";

    /// <summary>The DLOC100 itself or one of the findings at this site is suppressed in source.</summary>
    [JsonIgnore]
    public bool IsSuppressed => Suppression is not null || Findings.Any(f => f.Suppression is not null);

    /// <summary>
    /// Someone accepted this site in source with a stated reason: every finding here (or the DLOC100
    /// itself, when there is no finding) is suppressed with a justification.
    /// </summary>
    [JsonIgnore]
    public bool IsAcceptedWithJustification =>
        Findings.Count > 0
            ? Findings.All(f => !string.IsNullOrWhiteSpace(f.Suppression?.Justification))
            : !string.IsNullOrWhiteSpace(Suppression?.Justification);

    /// <summary>The identity of a flow across builds: not its line, so unrelated edits above it change nothing.</summary>
    [JsonIgnore]
    public FlowKey Key => new(File, Api, Destination, Source);
}

public readonly record struct FlowKey(string File, string Api, string Destination, string Source);

/// <summary>A DLOC001-006 (or DLOC900) result: tied to a flow when it sits at that egress site.</summary>
public sealed record Finding(
    string RuleId,
    string Level,
    string Message,
    string File,
    int Line,
    int Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Suppression? Suppression);

/// <summary>A suppression as the compiler records it: kind (inSource, external), type (Pragma Directive, SuppressMessageAttribute), justification.</summary>
public sealed record Suppression(string Kind, string Type, string Justification);

public static class Verdicts
{
    public const string Outside = "outside";
    public const string Unverified = "unverified";
    public const string NoPolicy = "no-policy";
    public const string Compliant = "compliant";

    /// <summary>Worst first: the order of summaries, legends and the diagram.</summary>
    public static readonly IReadOnlyList<string> All = [Outside, Unverified, NoPolicy, Compliant];

    public static int Rank(string verdict) => All.IndexOf(verdict) is var i && i >= 0 ? i : All.Count;

    public static string Describe(string verdict) => verdict switch
    {
        Outside => "outside the jurisdiction",
        Unverified => "unverified",
        NoPolicy => "no policy",
        Compliant => "compliant",
        _ => verdict,
    };

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
