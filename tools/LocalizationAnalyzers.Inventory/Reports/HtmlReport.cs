using System.Net;
using System.Text;
using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Reports;

/// <summary>
/// inventory.html: one self-contained file (inline CSS, SVG and script; no font, image, stylesheet or
/// script from anywhere else) that can be mailed, archived as a CI artifact and opened offline.
/// The content is complete without scripts; the script adds filtering (verdict, country, personal
/// data, text; also from the address: <c>#verdict=outside&amp;country=US&amp;q=crm&amp;personal=1</c>)
/// and marks the body with <c>data-rendered="ok"</c>, <c>data-svg-elements</c> and
/// <c>data-visible-rows</c>; an error in it shows as a banner and <c>data-script-error</c>.
/// </summary>
public static class HtmlReport
{
    public static string Render(InventoryDocument inventory)
    {
        var html = new StringBuilder();
        var title = "Data transfer inventory: " + inventory.Name;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"dloc-inventory (LocalizationAnalyzers)\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n");
        // First script of the page: any later error becomes visible, to a reader and to the browser test.
        html.Append("<script>window.onerror=function(m,s,l,c){var t=String(m)+' (line '+l+':'+c+')';document.documentElement.setAttribute('data-script-error',t);")
            .Append("var b=document.getElementById('script-error');if(b){b.hidden=false;b.textContent='The page script failed: '+t+'. The tables below are complete; only filtering is unavailable.';}};</script>\n");
        html.Append("<style>\n").Append(Asset("report.css")).Append("</style>\n</head>\n<body>\n");
        html.Append("<div id=\"script-error\" class=\"banner error\" role=\"alert\" hidden></div>\n");

        html.Append("<header>\n<p class=\"kicker\">Data transfer inventory</p>\n<h1>").Append(E(inventory.Name)).Append("</h1>\n");
        if (ReportText.Jurisdiction(inventory) is { Length: > 0 } jurisdiction)
        {
            html.Append("<p class=\"jurisdiction\">").Append(E(jurisdiction)).Append("</p>\n");
        }

        html.Append("<p class=\"meta\">From ").Append(E(ReportText.Plural(inventory.Coverage.Logs, "SARIF log")))
            .Append(" (LocalizationAnalyzers ran in ").Append(inventory.Coverage.LogsWithAnalyzer).Append(')');
        if (inventory.GeneratedAt is { } generatedAt)
        {
            html.Append(" \u00B7 generated ").Append(E(generatedAt));
        }

        html.Append(".</p>\n</header>\n<main>\n");
        foreach (var warning in ReportText.CoverageWarnings(inventory.Coverage))
        {
            html.Append("<div class=\"banner warning\" role=\"note\"><strong>Warning.</strong> ").Append(Markup(warning)).Append("</div>\n");
        }

        if (inventory.Flows.Count == 0)
        {
            html.Append("<section class=\"empty\" id=\"no-flows\">\n<h2>No egress sites</h2>\n<p>These SARIF logs contain no DLOC100 result: the build reported no call that sends data out of the process.</p>\n");
            if (!inventory.Coverage.IsComplete)
            {
                html.Append("<p>That is only meaningful when DLOC100 reached the logs (see the warning above).</p>\n");
            }

            html.Append("</section>\n");
        }
        else
        {
            AppendCards(html, inventory);
            html.Append("<section>\n<h2>Where the data goes</h2>\n<p class=\"hint\">Each band is a group of egress sites in the code, from this application to the country of the destination; its width is the number of sites, its colour the verdict. Click a country to list its sites.</p>\n");
            AppendLegend(html, inventory);
            html.Append("<div class=\"diagram\">").Append(FlowDiagram.Render(inventory)).Append("</div>\n");
            AppendCountryTable(html, inventory);
            html.Append("</section>\n");
            AppendCategories(html, inventory);
            AppendTable(html, inventory);
        }

        AppendOperators(html, inventory);
        AppendOtherFindings(html, inventory);
        html.Append("<section class=\"reading\">\n<h2>How to read this</h2>\n<dl>\n");
        foreach (var (verdict, meaning) in ReportText.VerdictMeanings)
        {
            html.Append("<dt><span class=\"pill v-").Append(E(verdict)).Append("\">").Append(E(verdict)).Append("</span></dt><dd>").Append(E(meaning)).Append("</dd>\n");
        }

        html.Append("<dt><span class=\"pill suppressed\">suppressed</span></dt><dd>A developer silenced a finding in the code (#pragma or [SuppressMessage] with a justification). ")
            .Append("The transfer still happens; it stays listed here with the stated reason.</dd>\n</dl>\n</section>\n</main>\n");
        html.Append("<footer>Generated by dloc-inventory from the DLOC100 results of LocalizationAnalyzers.</footer>\n");
        html.Append("<script>\n").Append(Asset("report.js")).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCards(StringBuilder html, InventoryDocument inventory)
    {
        var summary = inventory.Summary;
        html.Append("<section class=\"cards\" aria-label=\"Summary\">\n");
        Card(html, "total", summary.Flows, "egress sites", "");
        foreach (var (verdict, count) in summary.ByVerdict)
        {
            if (count > 0 || verdict is Verdicts.Outside)
            {
                Card(html, "v-" + verdict, count, Verdicts.Describe(verdict), verdict);
            }
        }

        Card(html, "personal", summary.PersonalDataFlows, "carry personal data", "");
        Card(html, "sensitive", summary.SensitiveFlows, "carry sensitive data", "");
        Card(html, "suppressed", summary.SuppressedFlows, "with a suppressed finding", "");
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string kind, int count, string label, string verdict)
    {
        html.Append("<div class=\"card ").Append(E(kind)).Append('"');
        if (verdict.Length > 0)
        {
            html.Append(" data-filter-verdict=\"").Append(E(verdict)).Append("\" role=\"button\" tabindex=\"0\" title=\"Show only these sites\"");
        }

        html.Append("><span class=\"count\">").Append(count).Append("</span><span class=\"label\">").Append(E(label)).Append("</span></div>\n");
    }

    /// <summary>
    /// The diagram's countries as a table: readable on a phone, where the diagram's labels are too small, and
    /// the place a multi-country destination opens its list of countries.
    /// </summary>
    private static void AppendCountryTable(StringBuilder html, InventoryDocument inventory)
    {
        html.Append("<table class=\"by-country\"><thead><tr><th>Country</th><th class=\"sites\">Sites</th>");
        var verdicts = inventory.Summary.ByVerdict.Where(v => v.Value > 0).Select(v => v.Key).ToList();
        foreach (var verdict in verdicts)
        {
            html.Append("<th class=\"t-").Append(E(verdict)).Append("\" title=\"").Append(E(Verdicts.Describe(verdict))).Append("\">").Append(E(verdict)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var group in FlowDiagram.Group(inventory))
        {
            html.Append("<tr><td>");
            AppendPlace(html, group.Country, group.Flows.Select(f => f.Cloud).FirstOrDefault(c => c is not null));
            html.Append("</td><td class=\"sites\">").Append(group.Flows.Count).Append("</td>");
            foreach (var verdict in verdicts)
            {
                var count = group.Count(verdict);
                html.Append("<td").Append(count > 0 ? " class=\"t-" + E(verdict) + "\"" : "").Append('>').Append(count).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendLegend(StringBuilder html, InventoryDocument inventory)
    {
        html.Append("<ul class=\"legend\">");
        foreach (var (verdict, count) in inventory.Summary.ByVerdict.Where(v => v.Value > 0))
        {
            html.Append("<li><span class=\"swatch v-").Append(E(verdict)).Append("\"></span>").Append(E(Verdicts.Describe(verdict))).Append(" (").Append(count).Append(")</li>");
        }

        html.Append("<li class=\"shade\"><span class=\"swatch v-outside\"></span><span class=\"swatch v-outside light\"></span>darker: carries personal data</li></ul>\n");
    }

    private static void AppendCategories(StringBuilder html, InventoryDocument inventory)
    {
        var categories = inventory.Summary.ByPersonalData;
        if (categories.Count == 0)
        {
            return;
        }

        var max = categories.Values.Max();
        html.Append("<section>\n<h2>What personal data leaves</h2>\n<p class=\"hint\">Egress sites per personal-data category, by verdict.</p>\n<div class=\"bars\">\n");
        foreach (var (category, count) in categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var flows = inventory.Flows.Where(f => f.PersonalData.Contains(category)).ToList();
            html.Append("<div class=\"bar-row\"><span class=\"bar-label\">").Append(E(category));
            if (flows.Any(f => ReportText.IsSensitive(f, category)))
            {
                html.Append(" <span class=\"sens\" title=\"sent as sensitive personal information\">\u25B2</span>");
            }

            html.Append("</span><span class=\"bar\">");
            foreach (var verdict in Verdicts.All.Concat(flows.Select(f => f.Verdict).Where(v => !Verdicts.All.Contains(v)).Distinct()))
            {
                var n = flows.Count(f => f.Verdict == verdict);
                if (n > 0)
                {
                    html.Append("<span class=\"seg v-").Append(E(verdict)).Append("\" style=\"width:")
                        .Append((100.0 * n / max).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))
                        .Append("%\" title=\"").Append(n).Append(' ').Append(E(Verdicts.Describe(verdict))).Append("\"></span>");
                }
            }

            html.Append("</span><span class=\"bar-count\">").Append(count).Append("</span></div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private static void AppendTable(StringBuilder html, InventoryDocument inventory)
    {
        html.Append("<section>\n<h2>Egress sites</h2>\n<div class=\"filters\" id=\"filters\">\n");
        foreach (var (verdict, count) in inventory.Summary.ByVerdict.Where(v => v.Value > 0))
        {
            html.Append("<button type=\"button\" class=\"toggle v-").Append(E(verdict)).Append("\" data-filter-verdict=\"").Append(E(verdict)).Append("\" aria-pressed=\"false\">")
                .Append(E(Verdicts.Describe(verdict))).Append(" <b>").Append(count).Append("</b></button>\n");
        }

        html.Append("<label class=\"check\"><input type=\"checkbox\" id=\"filter-personal\"> personal data only</label>\n");
        html.Append("<input type=\"search\" id=\"filter-text\" placeholder=\"Search file, API, host, data\u2026\" aria-label=\"Search\">\n");
        html.Append("<span class=\"country-filter\" id=\"country-filter\" hidden></span>\n");
        html.Append("<button type=\"button\" id=\"filter-clear\" class=\"clear\">Clear</button>\n");
        html.Append("<span class=\"shown\" id=\"shown\">").Append(E(ReportText.Plural(inventory.Flows.Count, "site"))).Append("</span>\n</div>\n");

        html.Append("<table id=\"flows\">\n<colgroup><col class=\"c-verdict\"><col class=\"c-what\"><col class=\"c-from\"><col class=\"c-to\"><col class=\"c-country\"><col class=\"c-findings\"></colgroup>\n<thead><tr><th>Verdict</th><th>What is sent</th><th>From (code)</th><th>To</th><th>Country</th><th>Findings, suppressions</th></tr></thead>\n<tbody>\n");
        foreach (var flow in ReportText.ReportOrder(inventory.Flows))
        {
            var search = string.Join(' ', flow.File, flow.Api, flow.Destination, flow.Host, flow.Country, ReportText.IsMultiCountry(flow.Country) ? ReportText.Place(flow) : Countries.ShortName(flow.Country), flow.Source,
                string.Join(' ', flow.PersonalData), flow.EgressKind, flow.Verdict, string.Join(' ', flow.Rules), string.Join(' ', ReportText.Suppressions(flow))).ToLowerInvariant();
            html.Append("<tr data-verdict=\"").Append(E(flow.Verdict)).Append("\" data-country=\"").Append(E(flow.Country))
                .Append("\" data-personal=\"").Append(flow.PersonalData.Count > 0 ? '1' : '0').Append("\" data-text=\"").Append(E(search)).Append("\">");
            html.Append("<td data-label=\"Verdict\"><span class=\"pill v-").Append(E(flow.Verdict)).Append("\">").Append(E(flow.Verdict)).Append("</span></td>");

            html.Append("<td data-label=\"What is sent\">");
            if (flow.PersonalData.Count == 0)
            {
                html.Append("<span class=\"none\">no personal data</span>");
            }
            else
            {
                foreach (var category in flow.PersonalData)
                {
                    // Each category says whether it is sensitive: contact data beside an ID number is not.
                    html.Append(ReportText.IsSensitive(flow, category) ? "<span class=\"chip sensitive\" title=\"sensitive personal information\">\u25B2 " : "<span class=\"chip\">")
                        .Append(E(category)).Append("</span>");
                }
            }

            if (flow.Source.Length > 0)
            {
                html.Append("<div class=\"source\">from <code>").Append(E(flow.Source)).Append("</code></div>");
            }

            html.Append("</td><td data-label=\"From (code)\"><code class=\"file\">").Append(E(flow.File).Replace("/", "/<wbr>")).Append(':').Append(flow.Line).Append("</code>")
                .Append("<div class=\"api\">").Append(E(flow.Api).Replace(".", ".<wbr>")).Append("</div></td>");
            html.Append("<td data-label=\"To\"><span class=\"dest\">").Append(E(flow.Destination)).Append("</span>");
            if (ReportText.DestinationNote(flow) is { } note)
            {
                html.Append("<div class=\"kind\">").Append(E(note)).Append("</div>");
            }

            if (flow.EgressKind.Length > 0)
            {
                html.Append("<div class=\"kind\">").Append(E(flow.EgressKind)).Append("</div>");
            }

            html.Append("</td><td data-label=\"Country\">");
            AppendPlace(html, flow.Country, flow.Cloud);
            html.Append("</td><td data-label=\"Findings, suppressions\">");
            foreach (var finding in flow.Findings.Where(f => f.Suppression is null))
            {
                html.Append("<span class=\"rule\" title=\"").Append(E(finding.Message)).Append("\">").Append(E(finding.RuleId)).Append("</span> ");
            }

            if (flow.Suppression is { } own)
            {
                AppendSuppression(html, "DLOC100", own);
            }

            foreach (var finding in flow.Findings.Where(f => f.Suppression is not null))
            {
                AppendSuppression(html, finding.RuleId, finding.Suppression!);
            }

            if (flow.Findings.Count == 0 && flow.Suppression is null)
            {
                html.Append("<span class=\"none\">\u2014</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("<tr id=\"no-match\" hidden><td colspan=\"6\">No egress site matches these filters.</td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The country, or for a destination in many countries its cloud and count, the countries one click away.</summary>
    internal static void AppendPlace(StringBuilder html, string country, string? cloud)
    {
        if (!ReportText.IsMultiCountry(country))
        {
            html.Append(E(Countries.Describe(country)));
            return;
        }

        html.Append("<details class=\"countries\"><summary>").Append(E(ReportText.Place(country, cloud))).Append("</summary><div>")
            .Append(E(ReportText.CountryList(country))).Append("</div></details>");
    }

    private static void AppendSuppression(StringBuilder html, string ruleId, Suppression suppression)
    {
        html.Append("<div class=\"supp\"><span class=\"pill suppressed\">").Append(E(ruleId)).Append(" suppressed</span> <span class=\"how\">by ")
            .Append(E(ReportText.SuppressionType(suppression))).Append("</span>");
        html.Append(suppression.Justification.Length > 0
            ? "<q class=\"why\">" + E(suppression.Justification) + "</q>"
            : "<div class=\"why missing\">no justification given</div>");
        html.Append("</div>");
    }

    /// <summary>Who operates each destination and whom it answers to (DLOC007's catalog): the sovereignty column.</summary>
    private static void AppendOperators(StringBuilder html, InventoryDocument inventory)
    {
        var operated = ReportText.OperatedDestinations(inventory);
        if (operated.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Who operates the destinations</h2>\n<p class=\"hint\">The company that runs each destination and the states whose authorities can compel it to disclose data (its seat and its parent's). Sovereignty is <em>foreign</em> when one of them is outside the jurisdiction, even where the data stays inside.</p>\n");
        html.Append("<table class=\"operators\"><thead><tr><th>Destination</th><th>Country</th><th>Operator</th><th>Answers to</th><th>Sovereignty</th></tr></thead><tbody>\n");
        foreach (var flow in operated)
        {
            html.Append("<tr><td>").Append(E(ReportText.Destination(flow))).Append("</td><td>").Append(E(ReportText.Place(flow))).Append("</td><td>")
                .Append(E(flow.Operator!)).Append("</td><td>").Append(E(string.Join(", ", Countries.Split(flow.OperatorJurisdiction!).Select(Countries.Describe))))
                .Append("</td><td>").Append(E(flow.Sovereignty)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendOtherFindings(StringBuilder html, InventoryDocument inventory)
    {
        if (inventory.OtherFindings.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Other findings</h2>\n<p class=\"hint\">DLOC results not at an egress site of this inventory (a policy error, or a site whose DLOC100 did not reach the logs).</p>\n");
        html.Append("<table class=\"other\"><thead><tr><th>Rule</th><th>Where</th><th>Message</th><th>Suppression</th></tr></thead><tbody>\n");
        foreach (var finding in inventory.OtherFindings)
        {
            html.Append("<tr><td><span class=\"rule level-").Append(E(finding.Level)).Append("\">").Append(E(finding.RuleId)).Append("</span></td><td>")
                .Append(finding.File.Length == 0 ? "configuration" : "<code>" + E(finding.File) + ":" + finding.Line + "</code>")
                .Append("</td><td>").Append(E(finding.Message)).Append("</td><td>")
                .Append(finding.Suppression is { } s ? E(ReportText.Suppressed(finding.RuleId, s)) : "\u2014").Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>Encodes, then turns `code` spans into &lt;code&gt;.</summary>
    private static string Markup(string text)
    {
        var parts = E(text).Split('`');
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            builder.Append(i % 2 == 1 ? "<code>" + parts[i] + "</code>" : parts[i]);
        }

        return builder.ToString();
    }

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
