using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

/// <summary>The pull-request gate through the command line: its exit codes and what it prints.</summary>
public sealed class DiffGateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static InventoryDocument Baseline => TestFiles.ShopInventory();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_same_inventory_passes_with_no_changes()
    {
        var run = Diff(Baseline, Baseline);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Baseline: 18 egress sites. Current: 18 egress sites. 0 new, 0 removed, 0 changed, 18 unchanged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("**Gate: passed.** No new flow with verdict outside.", run.Out, StringComparison.Ordinal);
        Assert.Contains("No flow was added, removed or changed.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_flow_outside_the_jurisdiction_fails_the_gate()
    {
        var newFlow = Flow("ShopBackend/Customers/Newsletter.cs", 20, "api.mailchimp.com", "US", "outside", ["contact"], "Customer.Email");
        var run = Diff(Baseline, With(Baseline, newFlow));

        Assert.Equal(1, run.Exit);
        Assert.Contains("1 new, 0 removed, 0 changed, 18 unchanged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("**Gate: FAILED.** 1 new flow with verdict outside.", run.Out, StringComparison.Ordinal);
        Assert.Contains("### New flows (1)", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            "| **blocks** | **outside** | contact from Customer.Email | `ShopBackend/Customers/Newsletter.cs:20` `System.Net.Http.HttpClient.PostAsync` | api.mailchimp.com | United States (US) | DLOC001 |",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_flows_and_changes_that_reach_no_failing_verdict_pass()
    {
        var current = Baseline with
        {
            Flows = Baseline.Flows
                .Where(f => f.Destination != "aws:us-east-1")
                .Select(f => f.Destination == "api.crm.com" ? f with { PersonalData = ["contact"] } : f)
                .ToList(),
        };

        var run = Diff(Baseline, current);

        Assert.Equal(0, run.Exit);
        Assert.Contains("0 new, 1 removed, 1 changed, 16 unchanged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("|  | `ShopBackend/Customers/CrmSync.cs:14` | `System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync` | api.crm.com | personal data: contact, name \u2192 contact |", run.Out, StringComparison.Ordinal);
        Assert.Contains("### Removed flows (1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("`ShopBackend/Catalog/ProductImageStore.cs:11` `Amazon.S3.AmazonS3Client` | aws:us-east-1 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_code_to_other_lines_is_not_a_change()
    {
        var moved = Baseline with { Flows = Baseline.Flows.Select(f => f with { Line = f.Line + 7, Column = f.Column + 4 }).ToList() };

        var run = Diff(Baseline, moved);

        Assert.Equal(0, run.Exit);
        Assert.Contains("0 new, 0 removed, 0 changed, 18 unchanged.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void One_of_two_identical_calls_changing_is_reported_once_and_a_flow_that_becomes_outside_fails()
    {
        // WebhookSender has two sites with the same identity (file, API, destination, source).
        var current = Baseline with
        {
            Flows = Baseline.Flows.Select(f => f.File.EndsWith("WebhookSender.cs", StringComparison.Ordinal) && f.Line == 17 ? f with { Verdict = "outside", Country = "US" } : f).ToList(),
        };

        var run = Diff(Baseline, current);

        Assert.Equal(1, run.Exit);
        Assert.Contains("0 new, 0 removed, 1 changed, 17 unchanged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("**Gate: FAILED.** 1 flow newly reaching verdict outside.", run.Out, StringComparison.Ordinal);
        Assert.Contains("| **blocks** | `ShopBackend/Webhooks/WebhookSender.cs:17` | `System.Net.Http.HttpClient.SendAsync` | unresolved (decided at run time) | verdict: unverified \u2192 outside; country: unknown \u2192 US |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_unverified_flow_with_personal_data_fails_only_when_asked()
    {
        var current = With(Baseline, Flow("ShopBackend/Partners/PartnerSync.cs", 9, "unresolved", "unknown", "unverified", ["contact"], "Customer.Phone", "DLOC004"));

        Assert.Equal(0, Diff(Baseline, current).Exit);
        Assert.Equal(1, Diff(Baseline, current, "--fail-on", "outside,unverified-personal").Exit);
        Assert.Equal(1, Diff(Baseline, current, "--jurisdiction-fail-on=unverified").Exit);
        Assert.Equal(0, Diff(Baseline, current, "--fail-on", "none").Exit);

        var withoutPersonalData = With(Baseline, Flow("ShopBackend/Partners/PartnerSync.cs", 9, "unresolved", "unknown", "unverified", [], "", "DLOC004"));
        Assert.Equal(0, Diff(Baseline, withoutPersonalData, "--fail-on", "outside,unverified-personal").Exit);
    }

    [Fact]
    public void A_suppression_with_a_justification_passes_only_with_allow_suppressed()
    {
        var justified = Flow("ShopBackend/Customers/Newsletter.cs", 20, "api.mailchimp.com", "US", "outside", ["contact"], "Customer.Email") is var f
            ? f with { Findings = [f.Findings[0] with { Suppression = new Suppression("inSource", "SuppressMessageAttribute", "TIA-2025-02 approved") }] }
            : null!;
        var pragma = justified with { File = "ShopBackend/Customers/Other.cs", Findings = [justified.Findings[0] with { Suppression = new Suppression("inSource", "Pragma Directive", "") }] };

        var run = Diff(Baseline, With(Baseline, justified));
        Assert.Equal(1, run.Exit);
        Assert.Contains("DLOC001 suppressed by [SuppressMessage]: \u201CTIA-2025-02 approved\u201D", run.Out, StringComparison.Ordinal);

        Assert.Equal(0, Diff(Baseline, With(Baseline, justified), "--allow-suppressed").Exit);
        Assert.Equal(1, Diff(Baseline, With(Baseline, pragma), "--allow-suppressed").Exit);
    }

    [Fact]
    public void An_incomplete_current_inventory_fails_unless_allowed()
    {
        var incomplete = Baseline with { Coverage = new Coverage(2, 2, 1, 1) };

        var run = Diff(Baseline, incomplete);
        Assert.Equal(1, run.Exit);
        Assert.Contains("**Gate: FAILED.** The current inventory is incomplete (Incomplete: DLOC100 did not reach 1 of the 2 logs", run.Out, StringComparison.Ordinal);

        var allowed = Diff(Baseline, incomplete, "--allow-incomplete");
        Assert.Equal(0, allowed.Exit);
        Assert.Contains("> **Warning:** the current inventory is incomplete", allowed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_is_also_written_to_out()
    {
        var run = Diff(Baseline, Baseline, "--out", _temp.File("diff.md"));

        Assert.Equal(run.Out, File.ReadAllText(_temp.File("diff.md")));
    }

    [Theory]
    [InlineData(new string[0], "Usage:")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "diff", "{baseline}" }, "diff needs exactly two inventory.json files")]
    [InlineData(new[] { "diff", "{baseline}", "{missing}" }, "does not exist")]
    [InlineData(new[] { "diff", "{baseline}", "{baseline}", "--fail-on", "outside,sometimes" }, "--fail-on: unknown value 'sometimes'")]
    [InlineData(new[] { "diff", "{baseline}", "{baseline}", "--fail-on" }, "--fail-on needs a value")]
    [InlineData(new[] { "diff", "{baseline}", "{baseline}", "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "diff", "{baseline}", "{sarif}" }, "not an inventory.json of schema dloc-inventory/1")]
    [InlineData(new[] { "report", "{sarif}" }, "report needs --out <folder>")]
    [InlineData(new[] { "report", "--out", "{out}" }, "report needs at least one SARIF file or folder")]
    [InlineData(new[] { "report", "{missing}", "--out", "{out}" }, "does not exist")]
    [InlineData(new[] { "report", "{empty-folder}", "--out", "{out}" }, "no *.sarif file in folder")]
    [InlineData(new[] { "report", "{baseline}", "--out", "{out}" }, "not a SARIF log")]
    public void Bad_arguments_exit_with_2(string[] args, string message)
    {
        InventoryFile.Write(Baseline, _temp.File("baseline.json"));
        Directory.CreateDirectory(_temp.File("empty"));
        var resolved = args.Select(a => a
            .Replace("{baseline}", _temp.File("baseline.json"), StringComparison.Ordinal)
            .Replace("{missing}", _temp.File("missing.json"), StringComparison.Ordinal)
            .Replace("{sarif}", TestFiles.Backend, StringComparison.Ordinal)
            .Replace("{out}", _temp.File("out"), StringComparison.Ordinal)
            .Replace("{empty-folder}", _temp.File("empty"), StringComparison.Ordinal)).ToArray();

        var run = Command.Run(resolved);

        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Help_exits_with_0()
    {
        var run = Command.Run("--help");

        Assert.Equal(0, run.Exit);
        Assert.Contains("dloc-inventory diff <baseline inventory.json> <current inventory.json>", run.Out, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Error) Diff(InventoryDocument baseline, InventoryDocument current, params string[] options)
    {
        var name = Guid.NewGuid().ToString("N");
        var baselinePath = _temp.File(name + "-baseline.json");
        var currentPath = _temp.File(name + "-current.json");
        InventoryFile.Write(baseline, baselinePath);
        InventoryFile.Write(current, currentPath);
        return Command.Run(["diff", baselinePath, currentPath, .. options]);
    }

    private static InventoryDocument With(InventoryDocument inventory, Flow flow) =>
        inventory with { Flows = [.. inventory.Flows, flow], Summary = InventoryBuilder.Summarize([.. inventory.Flows, flow]) };

    private static Flow Flow(string file, int line, string destination, string country, string verdict, string[] personalData, string source, string rule = "DLOC001") =>
        new(file, line, 9, "System.Net.Http.HttpClient.PostAsync", "http", destination, destination, "", "", country, personalData, false, source, verdict, "CN", [rule],
            "Egress: ...", null, [new Finding(rule, "warning", "...", file, line, 9, null)]);
}
