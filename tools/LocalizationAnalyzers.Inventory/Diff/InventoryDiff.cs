using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;

namespace LocalizationAnalyzers.Inventory.Diff;

public sealed record FlowChange(Flow Baseline, Flow Current, IReadOnlyList<string> Changes);

public sealed record DiffResult(IReadOnlyList<Flow> Added, IReadOnlyList<Flow> Removed, IReadOnlyList<FlowChange> Changed, int Unchanged);

/// <summary>
/// Compares two inventories. A flow is identified by its file, API, destination and source member
/// (<see cref="Flow.Key"/>), not by its line: code added above an egress site moves it without
/// changing it. Several sites with the same identity in one file (two identical calls) are paired in
/// order of appearance, identical ones first. A paired flow is "changed" when what a reviewer cares
/// about differs: verdict, country, personal data, sensitivity, kind, jurisdiction, rules, suppressions.
/// Renaming the file, the source member or the destination makes it a removed flow plus a new one.
/// </summary>
public static class InventoryDiff
{
    public static DiffResult Compare(InventoryDocument baseline, InventoryDocument current)
    {
        var added = new List<Flow>();
        var removed = new List<Flow>();
        var changed = new List<FlowChange>();
        var unchanged = 0;

        var baselineByKey = baseline.Flows.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Line).ThenBy(f => f.Column).ToList());
        foreach (var group in current.Flows.GroupBy(f => f.Key))
        {
            var left = baselineByKey.TryGetValue(group.Key, out var list) ? list : [];
            baselineByKey.Remove(group.Key);
            var right = group.OrderBy(f => f.Line).ThenBy(f => f.Column).ToList();

            // Identical flows pair first, so one changed call among identical ones is the one reported.
            foreach (var flow in right.ToList())
            {
                var same = left.FindIndex(b => Changes(b, flow).Count == 0);
                if (same >= 0)
                {
                    left.RemoveAt(same);
                    right.Remove(flow);
                    unchanged++;
                }
            }

            for (var i = 0; i < right.Count; i++)
            {
                if (i < left.Count)
                {
                    changed.Add(new FlowChange(left[i], right[i], Changes(left[i], right[i])));
                }
                else
                {
                    added.Add(right[i]);
                }
            }

            removed.AddRange(left.Skip(right.Count));
        }

        removed.AddRange(baselineByKey.Values.SelectMany(v => v));
        return new DiffResult(Ordered(added), Ordered(removed), changed.OrderBy(c => c.Current, Order).ToList(), unchanged);
    }

    public static IReadOnlyList<string> Changes(Flow baseline, Flow current)
    {
        var changes = new List<string>();
        void Compare(string what, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add($"{what}: {Show(before)} \u2192 {Show(after)}");
            }
        }

        Compare("verdict", baseline.Verdict, current.Verdict);
        Compare("country", baseline.Country, current.Country);
        Compare("personal data", Set(baseline.PersonalData), Set(current.PersonalData));
        Compare("sensitive", baseline.Sensitive ? "yes" : "no", current.Sensitive ? "yes" : "no");
        Compare("kind", baseline.EgressKind, current.EgressKind);
        Compare("jurisdiction", baseline.Jurisdiction, current.Jurisdiction);
        Compare("findings", Set(baseline.Rules), Set(current.Rules));
        Compare("suppression", string.Join("; ", ReportText.Suppressions(baseline)), string.Join("; ", ReportText.Suppressions(current)));
        return changes;
    }

    private static string Show(string value) => value.Length == 0 ? "none" : value;

    private static string Set(IEnumerable<string> values) => string.Join(", ", values.Distinct().OrderBy(v => v, StringComparer.Ordinal));

    private static List<Flow> Ordered(IEnumerable<Flow> flows) => flows.OrderBy(f => f, Order).ToList();

    private static readonly Comparer<Flow> Order = Comparer<Flow>.Create((x, y) =>
    {
        var c = Verdicts.Rank(x.Verdict).CompareTo(Verdicts.Rank(y.Verdict));
        c = c != 0 ? c : string.CompareOrdinal(x.File, y.File);
        c = c != 0 ? c : x.Line.CompareTo(y.Line);
        c = c != 0 ? c : x.Column.CompareTo(y.Column);
        return c != 0 ? c : string.CompareOrdinal(x.Api, y.Api);
    });
}
