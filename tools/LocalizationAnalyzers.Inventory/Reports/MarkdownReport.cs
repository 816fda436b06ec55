using System.Text;
using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Reports;

/// <summary>inventory.md: the inventory as a document a reviewer reads in a pull request or a wiki.</summary>
public static class MarkdownReport
{
    public static string Render(InventoryDocument inventory)
    {
        var md = new StringBuilder();
        md.Append("# Data transfer inventory: ").Append(Inline(inventory.Name)).Append("\n\n");
        if (ReportText.Jurisdiction(inventory) is { Length: > 0 } jurisdiction)
        {
            md.Append(jurisdiction).Append("\n\n");
        }

        if (inventory.GeneratedAt is { } generatedAt)
        {
            md.Append("Generated ").Append(generatedAt).Append(".\n\n");
        }

        md.Append("From ").Append(ReportText.Plural(inventory.Coverage.Logs, "SARIF log")).Append(" (LocalizationAnalyzers ran in ")
            .Append(inventory.Coverage.LogsWithAnalyzer).Append(").\n\n");
        foreach (var warning in ReportText.CoverageWarnings(inventory.Coverage))
        {
            md.Append("> **Warning:** ").Append(warning).Append("\n\n");
        }

        if (inventory.Flows.Count == 0)
        {
            md.Append("## No egress sites\n\nThese SARIF logs contain no DLOC100 result: the build reported no call that sends data out of the process.\n");
            if (inventory.Coverage.IsComplete)
            {
                md.Append('\n');
            }
            else
            {
                md.Append("That is only meaningful when DLOC100 reached the logs (see the warning above).\n\n");
            }

            AppendOtherFindings(md, inventory);
            AppendLegend(md);
            return md.ToString();
        }

        var summary = inventory.Summary;
        md.Append("## Summary\n\n");
        md.Append(ReportText.Plural(summary.Flows, "egress site")).Append("; ")
            .Append(summary.PersonalDataFlows).Append(" carry personal data (").Append(summary.SensitiveFlows).Append(" sensitive); ")
            .Append(summary.SuppressedFlows).Append(" have a suppressed finding.\n\n");
        md.Append("| Verdict | Egress sites |\n|---|---:|\n");
        foreach (var (verdict, count) in summary.ByVerdict)
        {
            md.Append("| ").Append(Verdicts.Describe(verdict)).Append(" | ").Append(count).Append(" |\n");
        }

        md.Append("| **total** | **").Append(summary.Flows).Append("** |\n\n");

        md.Append("### By country\n\n| Country | Egress sites |");
        foreach (var verdict in summary.ByVerdict.Keys)
        {
            md.Append(' ').Append(Verdicts.Describe(verdict)).Append(" |");
        }

        md.Append("\n|---|---:|").Append(string.Concat(summary.ByVerdict.Keys.Select(_ => "---:|"))).Append('\n');
        foreach (var country in summary.ByCountry.OrderBy(c => c.ByVerdict.Where(v => v.Value > 0).Select(v => Verdicts.Rank(v.Key)).DefaultIfEmpty(9).Min()).ThenByDescending(c => c.Flows).ThenBy(c => c.Country, StringComparer.Ordinal))
        {
            md.Append("| ").Append(Place(country.Country, inventory.Flows.FirstOrDefault(f => f.Country == country.Country && f.Cloud is not null)?.Cloud)).Append(" | ").Append(country.Flows).Append(" |");
            foreach (var verdict in summary.ByVerdict.Keys)
            {
                md.Append(' ').Append(country.ByVerdict.GetValueOrDefault(verdict)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
        if (summary.ByPersonalData.Count > 0)
        {
            md.Append("### Personal data sent\n\n| Category | Egress sites |\n|---|---:|\n");
            foreach (var (category, count) in summary.ByPersonalData.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                md.Append("| ").Append(category).Append(" | ").Append(count).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## Flows\n\nWorst verdict first.\n\n");
        md.Append("| Verdict | What (personal data, source) | From (code, API) | To (destination) | Country | Findings and suppressions |\n");
        md.Append("|---|---|---|---|---|---|\n");
        foreach (var flow in ReportText.ReportOrder(inventory.Flows))
        {
            md.Append("| **").Append(flow.Verdict).Append("** | ").Append(Cell(ReportText.PersonalData(flow)));

            if (flow.Source.Length > 0)
            {
                md.Append(" from ").Append(Code(flow.Source));
            }

            md.Append(" | ").Append(Code(flow.File + ":" + flow.Line)).Append("<br>").Append(Code(flow.Api))
                .Append(" | ").Append(Cell(ReportText.Destination(flow))).Append(flow.EgressKind.Length > 0 ? " (" + flow.EgressKind + ")" : "")
                .Append(" | ").Append(Place(flow.Country, flow.Cloud))
                .Append(" | ").Append(Cell(FindingsText(flow))).Append(" |\n");
        }

        md.Append('\n');
        AppendOperators(md, inventory);
        AppendOtherFindings(md, inventory);
        AppendLegend(md);
        return md.ToString();
    }

    /// <summary>Who operates each destination and whom it answers to (DLOC007's catalog): the sovereignty column.</summary>
    private static void AppendOperators(StringBuilder md, InventoryDocument inventory)
    {
        var operated = ReportText.OperatedDestinations(inventory);
        if (operated.Count == 0)
        {
            return;
        }

        md.Append("## Who operates the destinations\n\n| destination | country | operator | answers to | sovereignty |\n|---|---|---|---|---|\n");
        foreach (var flow in operated)
        {
            md.Append("| ").Append(Cell(ReportText.Destination(flow))).Append(" | ").Append(Place(flow.Country, flow.Cloud))
                .Append(" | ").Append(Cell(flow.Operator!)).Append(" | ").Append(Cell(string.Join(", ", Countries.Split(flow.OperatorJurisdiction!).Select(Countries.Describe))))
                .Append(" | ").Append(flow.Sovereignty).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string FindingsText(Flow flow)
    {
        var parts = new List<string>();
        var suppressed = new HashSet<string>(flow.Findings.Where(f => f.Suppression is not null).Select(f => f.RuleId));
        var open = flow.Findings.Where(f => f.Suppression is null).Select(f => f.RuleId).Distinct().ToList();
        if (open.Count > 0)
        {
            parts.Add(string.Join(", ", open));
        }

        parts.AddRange(ReportText.Suppressions(flow));
        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static void AppendOtherFindings(StringBuilder md, InventoryDocument inventory)
    {
        if (inventory.OtherFindings.Count == 0)
        {
            return;
        }

        md.Append("## Other findings\n\nDLOC results not at an egress site of this inventory (a policy error, or a site whose DLOC100 did not reach the logs).\n\n");
        md.Append("| Rule | Level | Where | Message | Suppression |\n|---|---|---|---|---|\n");
        foreach (var finding in inventory.OtherFindings)
        {
            md.Append("| ").Append(finding.RuleId).Append(" | ").Append(finding.Level).Append(" | ")
                .Append(finding.File.Length == 0 ? "configuration" : Code(finding.File + ":" + finding.Line)).Append(" | ")
                .Append(Cell(finding.Message)).Append(" | ")
                .Append(finding.Suppression is { } s ? Cell(ReportText.Suppressed(finding.RuleId, s)) : "—").Append(" |\n");
        }

        md.Append('\n');
    }

    private static void AppendLegend(StringBuilder md)
    {
        md.Append("## How to read this\n\n");
        foreach (var (verdict, meaning) in ReportText.VerdictMeanings)
        {
            md.Append("- **").Append(verdict).Append("**: ").Append(meaning).Append('\n');
        }

        md.Append("- A suppression (`#pragma warning disable`, `[SuppressMessage(..., Justification = \"...\")]`) silences a finding in the build; ")
            .Append("the transfer still happens and stays in this inventory with its justification.\n");
    }

    /// <summary>The country, or a cloud and count with the countries in a details element (GitHub renders it).</summary>
    private static string Place(string country, string? cloud) => ReportText.IsMultiCountry(country)
        ? "<details><summary>" + Cell(ReportText.Place(country, cloud)) + "</summary>" + Cell(ReportText.CountryList(country)) + "</details>"
        : Cell(Countries.Describe(country));

    private static string Code(string text) => "`" + text.Replace("`", "'").Replace("|", "\\|") + "`";

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");

    private static string Inline(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
