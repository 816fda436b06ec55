using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;
using LocalizationAnalyzers.Inventory.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

public sealed class ReportTests
{
    private const string Justification = "Transfer impact assessment TIA-2024-07 approved by the DPO; standard contract filed with the CAC on 2024-09-12";

    [Fact]
    public void Markdown_has_the_summary_and_one_row_per_flow_worst_first()
    {
        var md = MarkdownReport.Render(TestFiles.ShopInventory());

        Assert.StartsWith("# Data transfer inventory: ShopBackend\n\nApproved jurisdiction: China (CN).\n", md, StringComparison.Ordinal);
        Assert.Contains("18 egress sites; 9 carry personal data (1 sensitive); 2 have a suppressed finding.", md, StringComparison.Ordinal);
        Assert.Contains("| outside the jurisdiction | 8 |\n| unverified | 3 |\n| no policy | 3 |\n| compliant | 4 |\n| **total** | **18** |", md, StringComparison.Ordinal);
        Assert.Contains("| United States (US) | 5 | 5 | 0 | 0 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("| United States (US) or Ireland (IE) | 1 | 1 | 0 | 0 | 0 |", md, StringComparison.Ordinal);

        var rows = md.Split('\n').Where(l => Regex.IsMatch(l, @"^\| \*\*(outside|unverified|no-policy|compliant)\*\* \|")).ToList();
        Assert.Equal(18, rows.Count);
        Assert.Equal(
            Enumerable.Repeat("outside", 8).Concat(Enumerable.Repeat("unverified", 3)).Concat(Enumerable.Repeat("no-policy", 3)).Concat(Enumerable.Repeat("compliant", 4)),
            rows.Select(r => Regex.Match(r, @"\*\*([a-z-]+)\*\*").Groups[1].Value));
        Assert.Contains(
            "| **outside** | contact, name from `Customer.Email` | `ShopBackend/Customers/CrmSync.cs:14`<br>`System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync` | api.crm.com (http) | United States (US) | "
            + "DLOC001 suppressed by [SuppressMessage]: \u201C" + Justification + "\u201D |",
            rows);
        Assert.Contains(rows, r => r.Contains("`ShopBackend/Orders/OrderMailer.cs:15`", StringComparison.Ordinal) && r.EndsWith("| DLOC001 suppressed by #pragma: no justification given |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| **compliant** | financial (sensitive), name from `Payment.CardNumber` |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("| unresolved (decided at run time) (http) | Unknown location | DLOC004 |", StringComparison.Ordinal));
        Assert.Contains("| DLOC900 | warning | configuration | data_localization.approved_regions: 'aws:cn-nort-1'", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained_and_draws_one_band_per_country_verdict_and_personal_data()
    {
        var inventory = TestFiles.ShopInventory();
        var html = HtmlReport.Render(inventory);

        // Nothing is loaded from elsewhere: no stylesheet, script, image or font reference.
        Assert.DoesNotMatch(new Regex(@"<link\b|\ssrc\s*=|@import|url\(", RegexOptions.IgnoreCase), html);
        Assert.Single(Regex.Matches(html, "<style>"));
        Assert.Equal(2, Regex.Matches(html, "<script>").Count);

        // 11 bands: per country, verdict and personal data (US: 3 outside with personal data, 2 without);
        // 7 node segments: per country and verdict (the unknown location has unverified and no-policy).
        Assert.Equal(11, Regex.Matches(html, "<path class=\"band ").Count);
        Assert.Matches("<path class=\"band v-outside personal\" data-country=\"US\" data-verdict=\"outside\" d=\"[^\"]+\"><title>3 egress sites to United States \\(US\\): outside the jurisdiction, with personal data</title>", html);
        Assert.Matches("<path class=\"band v-outside\" data-country=\"US\" data-verdict=\"outside\" d=\"[^\"]+\"><title>2 egress sites to United States \\(US\\): outside the jurisdiction, no personal data</title>", html);
        Assert.Equal(FlowDiagram.ElementCount(inventory), Regex.Matches(html, "class=\"(band|node)[ \"]").Count);
        Assert.Equal(11 + 7 + 1, FlowDiagram.ElementCount(inventory));
        Assert.Contains("data-elements=\"19\"", html, StringComparison.Ordinal);

        // Countries worst first; China is marked as inside the jurisdiction.
        var countries = Regex.Matches(html, "<g class=\"country\" data-country=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["US", "HK", "US+IE", "unknown", "DE", "CN"], countries);
        Assert.Contains("China (CN)<tspan class=\"inside\"> \u2713 inside CN</tspan>", html, StringComparison.Ordinal);

        // One table row per flow, with the suppression and its justification.
        Assert.Equal(18, Regex.Matches(html, "<tr data-verdict=").Count);
        Assert.Contains("<span class=\"pill suppressed\">DLOC001 suppressed</span> <span class=\"how\">by [SuppressMessage]</span><q class=\"why\">" + System.Net.WebUtility.HtmlEncode(Justification) + "</q>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"how\">by #pragma</span><div class=\"why missing\">no justification given</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_code_is_encoded_in_html_and_escaped_in_markdown()
    {
        var flow = TestFiles.ShopInventory().Flows[0] with { Source = "Evil<script>alert(1)</script>|x", Destination = "a|b" };
        var inventory = TestFiles.ShopInventory() with { Name = "<b>App</b>", Flows = [flow] };

        var html = HtmlReport.Render(inventory);
        var md = MarkdownReport.Render(inventory);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("Evil&lt;script&gt;alert(1)&lt;/script&gt;|x", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;b&gt;App&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("`Evil<script>alert(1)</script>\\|x`", md, StringComparison.Ordinal);
        Assert.Contains("| a\\|b (cloud) |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_build_gives_valid_reports_that_say_so()
    {
        using var temp = new TempFolder();
        var empty = TestFiles.Json(TestFiles.Backend);
        empty["runs"]![0]!["results"] = new JsonArray();
        var log = TestFiles.Write(temp.Path, "empty.sarif", empty);

        var run = Command.Run("report", log, "--out", temp.File("out"), "--name", "Empty");

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Read 1 SARIF log: 0 egress sites, 0 other findings.", run.Out, StringComparison.Ordinal);
        var inventory = InventoryFile.Read(temp.File("out/inventory.json"));
        Assert.Empty(inventory.Flows);
        Assert.Empty(inventory.OtherFindings);
        Assert.True(inventory.Coverage.IsComplete);
        Assert.Equal([0, 0, 0, 0], inventory.Summary.ByVerdict.Values);

        var md = File.ReadAllText(temp.File("out/inventory.md"));
        Assert.StartsWith("# Data transfer inventory: Empty\n\nFrom 1 SARIF log (LocalizationAnalyzers ran in 1).\n\n## No egress sites\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", md, StringComparison.Ordinal);

        var html = File.ReadAllText(temp.File("out/inventory.html"));
        Assert.Contains("<section class=\"empty\" id=\"no-flows\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Logs_without_the_analyzer_say_that_it_did_not_run()
    {
        using var temp = new TempFolder();
        var other = TestFiles.Json(TestFiles.Worker);
        other["runs"]![0]!["results"] = new JsonArray();
        other["runs"]![0]!["tool"]!["driver"]!["rules"] = new JsonArray();
        other["runs"]![0]!["invocations"] = new JsonArray();

        var run = Command.Run("report", TestFiles.Write(temp.Path, "other.sarif", other), "--out", temp.File("out"));

        Assert.Equal(0, run.Exit);
        Assert.Contains("warning: None of the 1 SARIF log lists a DLOC rule: LocalizationAnalyzers did not run in these builds.", run.Error, StringComparison.Ordinal);
        Assert.Contains("That is only meaningful when DLOC100 reached the logs", File.ReadAllText(temp.File("out/inventory.md")), StringComparison.Ordinal);
    }
}
