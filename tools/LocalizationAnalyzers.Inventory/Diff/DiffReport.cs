using System.Text;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;

namespace LocalizationAnalyzers.Inventory.Diff;

/// <summary>The diff as Markdown: readable as plain text in a CI log, renders as a pull-request comment.</summary>
public static class DiffReport
{
    public static string Render(InventoryDocument baseline, InventoryDocument current, DiffResult diff, GateResult gate, GateOptions options)
    {
        var md = new StringBuilder();
        md.Append("## Data transfer inventory: changes in ").Append(Inline(current.Name)).Append("\n\n");
        md.Append("Baseline: ").Append(ReportText.Plural(baseline.Flows.Count, "egress site")).Append(". Current: ").Append(ReportText.Plural(current.Flows.Count, "egress site"))
            .Append(". ").Append(diff.Added.Count).Append(" new, ").Append(diff.Removed.Count).Append(" removed, ").Append(diff.Changed.Count).Append(" changed, ")
            .Append(diff.Unchanged).Append(" unchanged.\n\n");

        var failOn = string.Join(", ", options.FailOn.OrderBy(t => GateOptions.Tokens.ToList().IndexOf(t)));
        if (gate.Failed)
        {
            md.Append("**Gate: FAILED.**");
            if (gate.BlockingNew.Count > 0)
            {
                md.Append(' ').Append(ReportText.Plural(gate.BlockingNew.Count, "new flow")).Append(" with verdict ").Append(failOn).Append('.');
            }

            if (gate.BlockingChanged.Count > 0)
            {
                md.Append(' ').Append(ReportText.Plural(gate.BlockingChanged.Count, "flow")).Append(" newly reaching verdict ").Append(failOn).Append('.');
            }

            if (gate.IncompleteBlocks)
            {
                md.Append(" The current inventory is incomplete (").Append(Inline(string.Join(" ", ReportText.CoverageWarnings(current.Coverage)))).Append(')');
            }

            md.Append(" A transfer of this kind needs a compliance review: fix it (an approved region or host), or have it approved and update the baseline.\n\n");
        }
        else
        {
            md.Append("**Gate: passed.** No new flow with verdict ").Append(failOn.Length == 0 ? "(none configured)" : failOn).Append(".\n\n");
            if (gate.Incomplete)
            {
                md.Append("> **Warning:** the current inventory is incomplete: ").Append(Inline(string.Join(" ", ReportText.CoverageWarnings(current.Coverage)))).Append("\n\n");
            }
        }

        var blocking = new HashSet<Flow>(gate.BlockingNew, ReferenceEqualityComparer.Instance);
        if (diff.Added.Count > 0)
        {
            md.Append("### New flows (").Append(diff.Added.Count).Append(")\n\n");
            md.Append("| Gate | Verdict | What | Code | To | Country | Findings, suppressions |\n|---|---|---|---|---|---|---|\n");
            foreach (var flow in diff.Added)
            {
                md.Append("| ").Append(blocking.Contains(flow) ? "**blocks**" : "").Append(" | ").Append(Row(flow)).Append('\n');
            }

            md.Append('\n');
        }

        if (diff.Changed.Count > 0)
        {
            var blockingChanges = new HashSet<FlowChange>(gate.BlockingChanged, ReferenceEqualityComparer.Instance);
            md.Append("### Changed flows (").Append(diff.Changed.Count).Append(")\n\n");
            md.Append("| Gate | Code | API | To | Change |\n|---|---|---|---|---|\n");
            foreach (var change in diff.Changed)
            {
                var flow = change.Current;
                md.Append("| ").Append(blockingChanges.Contains(change) ? "**blocks**" : "").Append(" | ").Append(Code(flow.File + ":" + flow.Line)).Append(" | ")
                    .Append(Code(flow.Api)).Append(" | ").Append(Cell(ReportText.Destination(flow))).Append(" | ")
                    .Append(Cell(string.Join("; ", change.Changes))).Append(" |\n");
            }

            md.Append('\n');
        }

        if (diff.Removed.Count > 0)
        {
            md.Append("### Removed flows (").Append(diff.Removed.Count).Append(")\n\n");
            md.Append("| Verdict | What | Code (baseline) | To | Country | Findings, suppressions |\n|---|---|---|---|---|---|\n");
            foreach (var flow in diff.Removed)
            {
                md.Append("| ").Append(Row(flow)).Append('\n');
            }

            md.Append('\n');
        }

        if (diff.Added.Count + diff.Changed.Count + diff.Removed.Count == 0)
        {
            md.Append("No flow was added, removed or changed.\n");
        }

        return md.ToString();
    }

    private static string Row(Flow flow)
    {
        var what = ReportText.PersonalData(flow) + (flow.Sensitive ? " (sensitive)" : "") + (flow.Source.Length > 0 ? " from " + flow.Source : "");
        var findings = flow.Findings.Where(f => f.Suppression is null).Select(f => f.RuleId).Concat(ReportText.Suppressions(flow)).ToList();
        return "**" + flow.Verdict + "** | " + Cell(what) + " | " + Code(flow.File + ":" + flow.Line) + " " + Code(flow.Api) + " | "
            + Cell(ReportText.Destination(flow)) + " | " + Cell(Countries.Describe(flow.Country)) + " | " + Cell(findings.Count == 0 ? "\u2014" : string.Join("; ", findings)) + " |";
    }

    private static string Code(string text) => "`" + text.Replace("`", "'").Replace("|", "\\|") + "`";

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");

    private static string Inline(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
