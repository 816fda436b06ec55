using System.Text.Json.Nodes;
using LocalizationAnalyzers.Inventory.Diff;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Sarif;
using LocalizationAnalyzers.Inventory.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

public sealed class InventoryBuilderTests
{
    [Fact]
    public void Every_DLOC100_becomes_a_flow_with_its_properties()
    {
        var inventory = TestFiles.ShopInventory();

        Assert.Equal("dloc-inventory/1", inventory.Schema);
        Assert.Equal("ShopBackend", inventory.Name);
        Assert.Equal(["CN"], inventory.Jurisdictions);
        Assert.Equal(18, inventory.Flows.Count);
        Assert.Equal(new Coverage(2, 2, 2, 0), inventory.Coverage);

        var crm = Assert.Single(inventory.Flows, f => f.Destination == "api.crm.com");
        Assert.Equal("ShopBackend/Customers/CrmSync.cs", crm.File);
        Assert.Equal((14, 16), (crm.Line, crm.Column));
        Assert.Equal("System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync", crm.Api);
        Assert.Equal("http", crm.EgressKind);
        Assert.Equal("api.crm.com", crm.Host);
        Assert.Equal("US", crm.Country);
        Assert.Equal(["contact", "name"], crm.PersonalData);
        Assert.False(crm.Sensitive);
        Assert.Equal("Customer.Email", crm.Source);
        Assert.Equal("outside", crm.Verdict);
        Assert.Equal("CN", crm.Jurisdiction);
        Assert.Equal(["DLOC001"], crm.Rules);

        var payment = Assert.Single(inventory.Flows, f => f.Destination == "openapi.alipay.com");
        Assert.True(payment.Sensitive);
        Assert.Equal(["financial", "name"], payment.PersonalData);
        Assert.Equal("compliant", payment.Verdict);

        var worker = inventory.Flows.Where(f => f.File == "ShopWorker/Program.cs").ToList();
        Assert.Equal(3, worker.Count);
        Assert.All(worker, f => Assert.Equal(("no-policy", ""), (f.Verdict, f.Jurisdiction)));
    }

    [Fact]
    public void Findings_attach_to_their_egress_site_also_through_an_additional_location_in_another_file()
    {
        var inventory = TestFiles.ShopInventory();

        // DLOC002 is reported where the region is written (ShopSettings.cs); the client creation in
        // OrderRepository.cs is its additional location, and the egress site.
        var backup = Assert.Single(inventory.Flows, f => f.File == "ShopBackend/Orders/OrderRepository.cs" && f.Line == 13);
        var region = Assert.Single(backup.Findings);
        Assert.Equal(("DLOC002", "ShopBackend/Orders/ShopSettings.cs", 8, 40), (region.RuleId, region.File, region.Line, region.Column));

        // DLOC002 on the region inside the creation expression.
        var images = Assert.Single(inventory.Flows, f => f.File == "ShopBackend/Catalog/ProductImageStore.cs");
        Assert.Equal(("DLOC002", 11, 62), (images.Findings[0].RuleId, images.Findings[0].Line, images.Findings[0].Column));

        Assert.Equal(
            ["DLOC001", "DLOC001", "DLOC001", "DLOC001", "DLOC001", "DLOC002", "DLOC002", "DLOC003", "DLOC004", "DLOC004", "DLOC005"],
            inventory.Flows.SelectMany(f => f.Findings).Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.All(inventory.Flows, f => Assert.Equal(f.Rules.Order(StringComparer.Ordinal), f.Findings.Select(x => x.RuleId).Distinct().Order(StringComparer.Ordinal)));

        var policy = Assert.Single(inventory.OtherFindings);
        Assert.Equal(("DLOC900", "", 0), (policy.RuleId, policy.File, policy.Line));
    }

    [Fact]
    public void Suppressions_stay_on_the_flow_with_their_justification()
    {
        var inventory = TestFiles.ShopInventory();

        var crm = Assert.Single(inventory.Flows, f => f.Destination == "api.crm.com");
        Assert.True(crm.IsSuppressed);
        Assert.True(crm.IsAcceptedWithJustification);
        Assert.Equal(
            "Transfer impact assessment TIA-2024-07 approved by the DPO; standard contract filed with the CAC on 2024-09-12",
            Assert.Single(crm.Findings).Suppression!.Justification);

        var mail = Assert.Single(inventory.Flows, f => f.Destination == "smtp.sendgrid.net");
        Assert.True(mail.IsSuppressed);
        Assert.False(mail.IsAcceptedWithJustification);
        Assert.Equal("Pragma Directive", Assert.Single(mail.Findings).Suppression!.Type);

        Assert.Equal(2, inventory.Summary.SuppressedFlows);
    }

    [Fact]
    public void Summary_counts_verdicts_countries_and_personal_data()
    {
        var summary = TestFiles.ShopInventory().Summary;

        Assert.Equal(["outside", "unverified", "no-policy", "compliant"], summary.ByVerdict.Keys);
        Assert.Equal([8, 3, 3, 4], summary.ByVerdict.Values);
        Assert.Equal(9, summary.PersonalDataFlows);
        Assert.Equal(1, summary.SensitiveFlows);
        Assert.Equal(["CN 4", "DE 1", "HK 2", "US 5", "US+IE 1", "unknown 5"], summary.ByCountry.Select(c => c.Country + " " + c.Flows));
        Assert.Equal("United States or Ireland", summary.ByCountry.Single(c => c.Country == "US+IE").Name);
        Assert.Equal(new Dictionary<string, int> { ["contact"] = 7, ["financial"] = 1, ["name"] = 4, ["online_id"] = 1 }, summary.ByPersonalData);
    }

    [Fact]
    public void Paths_are_relative_to_root_or_to_the_common_folder()
    {
        Assert.Equal("ShopBackend/Analytics/ReportingStore.cs", TestFiles.ShopInventory().Flows[0].File);

        var rooted = TestFiles.ShopInventory(root: TestFiles.BuildRoot);
        Assert.Equal("src/ShopBackend/Analytics/ReportingStore.cs", rooted.Flows[0].File);
        Assert.Equal("src/ShopBackend/Orders/ShopSettings.cs", Assert.Single(rooted.Flows, f => f.Line == 13 && f.File.EndsWith("OrderRepository.cs", StringComparison.Ordinal)).Findings[0].File);
    }

    [Fact]
    public void A_Windows_build_of_the_same_code_gives_the_same_inventory()
    {
        using var temp = new TempFolder();
        var windows = new[] { TestFiles.Backend, TestFiles.Worker }
            .Select(f => Path.Combine(temp.Path, Path.GetFileName(f)))
            .ToList();
        File.WriteAllText(windows[0], File.ReadAllText(TestFiles.Backend).Replace("file://" + TestFiles.BuildRoot, "file:///D:/a/shop/shop/", StringComparison.Ordinal));
        File.WriteAllText(windows[1], File.ReadAllText(TestFiles.Worker).Replace("file://" + TestFiles.BuildRoot, "file:///D:/a/shop/shop/", StringComparison.Ordinal));

        var linux = TestFiles.ShopInventory(root: TestFiles.BuildRoot);
        var windowsInventory = InventoryBuilder.Build(windows.Select(SarifReader.Read).ToList(), new BuildOptions("ShopBackend", "D:/a/shop/shop"));

        Assert.Equal("src/ShopBackend/Analytics/ReportingStore.cs", windowsInventory.Flows[0].File);
        Assert.Equal(InventoryFile.Serialize(linux), InventoryFile.Serialize(windowsInventory));
        var diff = InventoryDiff.Compare(linux, windowsInventory);
        Assert.Equal((0, 0, 0, 18), (diff.Added.Count, diff.Removed.Count, diff.Changed.Count, diff.Unchanged));
    }

    [Fact]
    public void The_same_log_given_twice_or_a_second_target_framework_adds_nothing()
    {
        var once = TestFiles.ShopInventory();
        var twice = InventoryBuilder.Build(
            [SarifReader.Read(TestFiles.Backend), SarifReader.Read(TestFiles.Worker), SarifReader.Read(TestFiles.Backend)],
            new BuildOptions("ShopBackend"));

        Assert.Equal(18, twice.Flows.Count);
        Assert.Equal(once.Flows.Select(f => f.Findings.Count), twice.Flows.Select(f => f.Findings.Count));
        Assert.Equal(3, twice.Coverage.Logs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Shuffled_results_and_logs_give_identical_json_bytes(int seed)
    {
        using var temp = new TempFolder();
        var random = new Random(seed);
        var files = new List<string>();
        foreach (var (fixture, index) in new[] { TestFiles.Backend, TestFiles.Worker }.Select((f, i) => (f, i)))
        {
            var json = TestFiles.Json(fixture);
            var results = json["runs"]![0]!["results"]!.AsArray();
            var shuffled = results.Select(r => r!.DeepClone()).OrderBy(_ => random.Next()).ToList();
            results.Clear();
            shuffled.ForEach(results.Add);
            files.Add(TestFiles.Write(temp.Path, $"log{index}.sarif", json));
        }

        files.Reverse();
        var reference = InventoryFile.Serialize(TestFiles.ShopInventory(root: TestFiles.BuildRoot));
        var shuffledInventory = InventoryFile.Serialize(InventoryBuilder.Build(files.Select(SarifReader.Read).ToList(), new BuildOptions("ShopBackend", TestFiles.BuildRoot)));

        Assert.Equal(reference, shuffledInventory);
        Assert.DoesNotContain("\r", reference, StringComparison.Ordinal);
        Assert.DoesNotContain("generatedAt", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_command_writes_the_same_bytes_on_every_run_and_reads_folders_and_globs()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var folder = Command.Run("report", TestFiles.ShopFolder, "--out", first.Path, "--root", TestFiles.BuildRoot, "--name", "ShopBackend");
        var glob = Command.Run("report", Path.Combine(TestFiles.ShopFolder, "Shop*.sarif"), "--out", second.Path, "--root", TestFiles.BuildRoot, "--name", "ShopBackend");

        Assert.Equal(0, folder.Exit);
        Assert.Equal(0, glob.Exit);
        Assert.StartsWith("Read 2 SARIF logs: 18 egress sites (8 outside, 3 unverified, 3 no-policy, 4 compliant), 1 other finding.", folder.Out, StringComparison.Ordinal);
        Assert.Equal("", folder.Error);
        foreach (var name in new[] { "inventory.json", "inventory.md", "inventory.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, name)), File.ReadAllBytes(Path.Combine(second.Path, name)));
        }

        var read = InventoryFile.Read(Path.Combine(first.Path, "inventory.json"));
        Assert.Equal(18, read.Flows.Count);
        Assert.Equal(InventoryFile.Serialize(TestFiles.ShopInventory(root: TestFiles.BuildRoot)), File.ReadAllText(Path.Combine(first.Path, "inventory.json")));
    }

    [Fact]
    public void Timestamp_is_written_only_when_asked()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Command.Run("report", TestFiles.Backend, "--out", temp.Path, "--timestamp").Exit);

        var generatedAt = InventoryFile.Read(temp.File("inventory.json")).GeneratedAt;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", generatedAt);
    }

    [Fact]
    public void A_disabled_inventory_is_reported_as_incomplete()
    {
        using var temp = new TempFolder();
        var hidden = TestFiles.Json(TestFiles.Worker);
        hidden["runs"]![0]!["results"] = new JsonArray();
        hidden["runs"]![0]!["invocations"]![0]!["ruleConfigurationOverrides"] = new JsonArray();
        var hiddenLog = TestFiles.Write(temp.Path, "ShopWorker.sarif", hidden);

        var run = Command.Run("report", TestFiles.Backend, hiddenLog, "--out", temp.File("out"));

        Assert.Equal(0, run.Exit);
        Assert.Contains("warning: Incomplete: DLOC100 did not reach 1 of the 2 logs in which LocalizationAnalyzers ran", run.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.DLOC100.severity = suggestion", run.Error, StringComparison.Ordinal);
        var inventory = InventoryFile.Read(temp.File("out/inventory.json"));
        Assert.Equal(new Coverage(2, 2, 1, 1), inventory.Coverage);
        Assert.False(inventory.Coverage.IsComplete);
        Assert.Contains("> **Warning:** Incomplete: DLOC100 did not reach 1 of the 2 logs", File.ReadAllText(temp.File("out/inventory.md")), StringComparison.Ordinal);
        Assert.Contains("<div class=\"banner warning\" role=\"note\"><strong>Warning.</strong> Incomplete: DLOC100 did not reach 1 of the 2 logs", File.ReadAllText(temp.File("out/inventory.html")), StringComparison.Ordinal);
    }
}
