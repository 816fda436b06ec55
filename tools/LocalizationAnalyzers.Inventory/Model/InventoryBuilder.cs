using LocalizationAnalyzers.Inventory.Sarif;

namespace LocalizationAnalyzers.Inventory.Model;

public sealed record BuildOptions(string? Name = null, string? Root = null, string? GeneratedAt = null);

/// <summary>
/// SARIF logs → inventory. Each DLOC100 result is a flow; each other DLOC result is attached to the
/// flow whose egress site contains its location or one of its additional locations (DLOC001/004/005
/// sit on the egress call itself; DLOC002/003/006 sit on the region or endpoint, possibly in another
/// file, with the client as additional location). What matches no flow is listed on its own.
/// Exact duplicates (the same project built for two target frameworks, the same log given twice) are
/// merged. The output is sorted by file, line, column, api, so it does not depend on the order of the
/// logs or of the results in them (the compiler writes them in no fixed order).
/// </summary>
public static class InventoryBuilder
{
    public static InventoryDocument Build(IReadOnlyList<SarifLog> logs, BuildOptions options)
    {
        // The same result twice (a log given twice, a project built for two target frameworks) counts once.
        var results = logs.SelectMany(l => l.Results).DistinctBy(Identity).ToList();
        var sourcePaths = results.SelectMany(r => r.RelatedLocations.Prepend(r.Location)).OfType<SarifLocation>().Select(l => l.Path).Distinct().ToList();
        var (root, rootName) = PathRoot.Detect(options.Root, logs.Select(l => l.File), sourcePaths);

        var inventoryResults = results.Where(r => r.RuleId == SarifReader.InventoryRule).ToList();
        var findingResults = results.Where(r => r.RuleId != SarifReader.InventoryRule).ToList();

        // Attach each finding to the smallest egress site that contains its location (or an additional
        // location), preferring a site whose DLOC100 names the finding's rule.
        var attached = new Dictionary<SarifResult, List<Finding>>(ReferenceEqualityComparer.Instance);
        inventoryResults.ForEach(site => attached[site] = []);
        var other = new List<Finding>();
        var findingFlows = new List<Flow>();
        foreach (var finding in findingResults)
        {
            var locations = finding.RelatedLocations.Prepend(finding.Location).OfType<SarifLocation>().ToList();
            var candidates = locations
                .SelectMany(location => inventoryResults.Where(site => site.Location is not null && site.Location.Contains(location)))
                .Distinct()
                .OrderBy(site => ListsRule(site, finding.RuleId) ? 0 : 1)
                .ThenBy(site => site.Location!.Size)
                .ToList();
            if (candidates.Count == 0)
            {
                // A site reported on a narrower span than the finding (the client's type name, say):
                // same file and line, and the site's DLOC100 names the rule.
                candidates = inventoryResults
                    .Where(site => site.Location is { } at && ListsRule(site, finding.RuleId)
                        && locations.Any(l => SarifLocation.PathEquals(l.Path, at.Path) && l.StartLine <= at.EndLine && at.StartLine <= l.EndLine))
                    .OrderBy(site => site.Location!.Size)
                    .ToList();
            }

            var converted = ToFinding(finding, root);
            if (candidates.Count > 0)
            {
                attached[candidates[0]].Add(converted);
            }
            else if (FindingPlaces.Of(finding.RuleId, finding.Message, finding.Properties) is { } place)
            {
                // Every outside finding is a flow, also where no DLOC100 accompanies it.
                findingFlows.Add(FromFinding(converted, place));
            }
            else
            {
                other.Add(converted);
            }
        }

        var flows = inventoryResults
            .Select(site => ToFlow(site, attached[site], root))
            .Concat(findingFlows)
            .Distinct(FlowComparer.Instance)
            .GroupBy(f => (f.File, f.Line, f.Column, f.Api, f.Destination))
            .Select(Merge)
            .OrderBy(f => f, FlowOrder.Instance)
            .ToList();
        var otherFindings = other.Distinct(FindingComparer.Instance).OrderBy(f => f, FindingOrder.Instance).ToList();
        var jurisdictions = flows.Select(f => f.Jurisdiction).Where(j => j.Length > 0).Distinct().OrderBy(j => j, StringComparer.Ordinal).ToList();
        var coverage = new Coverage(
            logs.Count,
            logs.Count(l => l.InventoryState != InventoryState.AnalyzerAbsent),
            logs.Count(l => l.InventoryState == InventoryState.Enabled),
            logs.Count(l => l.InventoryState == InventoryState.Disabled));

        return new InventoryDocument(
            InventoryDocument.SchemaId,
            options.Name ?? rootName ?? "this application",
            options.GeneratedAt,
            jurisdictions,
            coverage,
            Summarize(flows),
            flows,
            otherFindings);
    }

    public static Summary Summarize(IReadOnlyList<Flow> flows)
    {
        var byVerdict = CountVerdicts(flows);
        var byCountry = flows.GroupBy(f => f.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountrySummary(g.Key, Countries.ShortName(g.Key), g.Count(), CountVerdicts(g.ToList())))
            .ToList();
        var byPersonalData = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var category in flows.SelectMany(f => f.PersonalData.Distinct()))
        {
            byPersonalData[category] = byPersonalData.GetValueOrDefault(category) + 1;
        }

        return new Summary(
            flows.Count,
            flows.Count(f => f.PersonalData.Count > 0),
            flows.Count(f => f.Sensitive),
            flows.Count(f => f.IsSuppressed),
            byVerdict,
            byCountry,
            byPersonalData);
    }

    private static IReadOnlyDictionary<string, int> CountVerdicts(IReadOnlyCollection<Flow> flows)
    {
        // Every known verdict, worst first, even at zero: the shape of the summary never changes.
        var counts = new Dictionary<string, int>();
        foreach (var verdict in Verdicts.All)
        {
            counts[verdict] = flows.Count(f => f.Verdict == verdict);
        }

        foreach (var extra in flows.Select(f => f.Verdict).Where(v => !Verdicts.All.Contains(v)).Distinct().OrderBy(v => v, StringComparer.Ordinal))
        {
            counts[extra] = flows.Count(f => f.Verdict == extra);
        }

        return counts;
    }

    private static string Identity(SarifResult result) => string.Join(
        "\u0001",
        result.RuleId,
        result.Level,
        result.Message,
        result.Location?.ToString() ?? "",
        string.Join("\u0002", result.RelatedLocations),
        string.Join("\u0002", result.Properties.Select(p => p.Key + "=" + p.Value)),
        result.Suppression?.ToString() ?? "");

    private static bool ListsRule(SarifResult site, string ruleId) => List(site.Properties.GetValueOrDefault("rules")).Contains(ruleId);

    private static Flow FromFinding(Finding finding, FindingPlaces.Place place) => new(
        finding.File,
        finding.Line,
        finding.Column,
        place.Api,
        place.EgressKind,
        place.Destination,
        place.Host,
        place.Provider,
        place.Region,
        place.Country,
        [],
        false,
        "",
        Verdicts.Outside,
        place.Jurisdiction,
        [finding.RuleId],
        finding.Message,
        null,
        [finding])
    {
        Cloud = place.Cloud,
    };

    private static Flow ToFlow(SarifResult site, List<Finding> findings, string root)
    {
        var flow = ToFlowAsReported(site, findings, root);

        // An authority host DLOC100 could not resolve, but DLOC006 judged: the flow goes where DLOC006 says.
        if (flow.Destination == "unresolved" &&
            findings.Select(f => FindingPlaces.Of(f.RuleId, f.Message, EmptyProperties)).OfType<FindingPlaces.Place>().FirstOrDefault(p => p.Cloud is not null) is { } place)
        {
            return flow with
            {
                Destination = place.Destination,
                Provider = place.Provider,
                Country = place.Country,
                Verdict = Verdicts.Rank(Verdicts.Outside) < Verdicts.Rank(flow.Verdict) ? Verdicts.Outside : flow.Verdict,
                Cloud = place.Cloud,
            };
        }

        return Countries.Split(flow.Country).Count() > 1 ? flow with { Cloud = Clouds.Spanning(flow.Country, flow.Provider) } : flow;
    }

    /// <summary>
    /// One row per site: two DLOC100 results for the same call and destination that differ in what they carry (two
    /// SARIF logs of one project, one of them older; a site seen once as configuration and once with its payload)
    /// are one flow, with the worst verdict and everything either carries.
    /// </summary>
    private static Flow Merge(IEnumerable<Flow> same)
    {
        var flows = same.OrderBy(f => Verdicts.Rank(f.Verdict)).ThenByDescending(f => f.PersonalData.Count).ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
        if (flows.Count == 1)
        {
            return flows[0];
        }

        return flows[0] with
        {
            PersonalData = flows.SelectMany(f => f.PersonalData).Distinct(StringComparer.Ordinal).ToList(),
            Sensitive = flows.Any(f => f.Sensitive),
            Rules = flows.SelectMany(f => f.Rules).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList(),
            Findings = flows.SelectMany(f => f.Findings).Distinct(FindingComparer.Instance).OrderBy(f => f, FindingOrder.Instance).ToList(),
            Suppression = flows.Select(f => f.Suppression).FirstOrDefault(s => s is not null),
        };
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

    private static Flow ToFlowAsReported(SarifResult site, List<Finding> findings, string root)
    {
        string P(string key) => site.Properties.TryGetValue(key, out var value) ? value.Trim() : "";
        var country = P("country");
        return new Flow(
            site.Location is null ? "" : PathRoot.Relativize(site.Location.Path, root),
            site.Location?.StartLine ?? 0,
            site.Location?.StartColumn ?? 0,
            P("api"),
            P("egressKind"),
            P("destination") is { Length: > 0 } destination ? destination : "unresolved",
            P("host"),
            P("provider"),
            P("region"),
            country.Length == 0 ? "unknown" : country,
            List(P("personalData")),
            string.Equals(P("sensitive"), "true", StringComparison.OrdinalIgnoreCase),
            P("source"),
            P("verdict") is { Length: > 0 } verdict ? verdict : Verdicts.Unverified,
            P("jurisdiction"),
            List(P("rules")),
            site.Message,
            site.Suppression,
            findings.Distinct(FindingComparer.Instance).OrderBy(f => f, FindingOrder.Instance).ToList())
        {
            // DLOC100 names who operates the destination and the states that can compel it (DLOC007's catalog).
            Operator = P("operator") is { Length: > 0 } name ? name : null,
            OperatorJurisdiction = P("operatorJurisdiction") is { Length: > 0 } answersTo ? answersTo : null,
        };
    }

    private static Finding ToFinding(SarifResult result, string root) => new(
        result.RuleId,
        result.Level,
        result.Message,
        result.Location is null ? "" : PathRoot.Relativize(result.Location.Path, root),
        result.Location?.StartLine ?? 0,
        result.Location?.StartColumn ?? 0,
        result.Suppression);

    private static List<string> List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private sealed class FlowOrder : IComparer<Flow>
    {
        public static readonly FlowOrder Instance = new();

        public int Compare(Flow? x, Flow? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = string.CompareOrdinal(x.File, y.File);
            c = c != 0 ? c : x.Line.CompareTo(y.Line);
            c = c != 0 ? c : x.Column.CompareTo(y.Column);
            c = c != 0 ? c : string.CompareOrdinal(x.Api, y.Api);
            c = c != 0 ? c : string.CompareOrdinal(x.Destination, y.Destination);
            c = c != 0 ? c : string.CompareOrdinal(x.Source, y.Source);
            c = c != 0 ? c : string.CompareOrdinal(x.Verdict, y.Verdict);
            return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
        }
    }

    private sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding? x, Finding? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = string.CompareOrdinal(x.RuleId, y.RuleId);
            c = c != 0 ? c : string.CompareOrdinal(x.File, y.File);
            c = c != 0 ? c : x.Line.CompareTo(y.Line);
            c = c != 0 ? c : x.Column.CompareTo(y.Column);
            return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
        }
    }

    /// <summary>Records compare lists by reference; these compare the content.</summary>
    private sealed class FlowComparer : IEqualityComparer<Flow>
    {
        public static readonly FlowComparer Instance = new();

        public bool Equals(Flow? x, Flow? y) =>
            x is not null && y is not null
            && Strip(x) == Strip(y)
            && x.PersonalData.SequenceEqual(y.PersonalData)
            && x.Rules.SequenceEqual(y.Rules)
            && x.Findings.SequenceEqual(y.Findings);

        public int GetHashCode(Flow obj) => HashCode.Combine(obj.File, obj.Line, obj.Column, obj.Api, obj.Destination);

        private static Flow Strip(Flow flow) => flow with { PersonalData = NoStrings, Rules = NoStrings, Findings = NoFindings };

        private static readonly IReadOnlyList<string> NoStrings = Array.Empty<string>();
        private static readonly IReadOnlyList<Finding> NoFindings = Array.Empty<Finding>();
    }

    private sealed class FindingComparer : IEqualityComparer<Finding>
    {
        public static readonly FindingComparer Instance = new();

        public bool Equals(Finding? x, Finding? y) => x == y;

        public int GetHashCode(Finding obj) => HashCode.Combine(obj.RuleId, obj.File, obj.Line, obj.Column);
    }
}
