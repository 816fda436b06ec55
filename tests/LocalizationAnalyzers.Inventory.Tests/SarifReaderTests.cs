using System.Text.Json.Nodes;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Sarif;
using LocalizationAnalyzers.Inventory.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

/// <summary>Reading what the compiler actually writes (the fixtures come from a real build, see Fixtures/Generator).</summary>
public sealed class SarifReaderTests
{
    [Fact]
    public void Diagnostic_properties_are_read_from_customProperties()
    {
        var log = SarifReader.Read(TestFiles.Backend);

        var crm = Assert.Single(log.Results, r => r.RuleId == "DLOC100" && r.Location!.Path.EndsWith("Customers/CrmSync.cs", StringComparison.Ordinal));
        Assert.Equal(TestFiles.BuildRoot + "src/ShopBackend/Customers/CrmSync.cs", crm.Location!.Path);
        Assert.Equal((14, 16, 14, 78), (crm.Location.StartLine, crm.Location.StartColumn, crm.Location.EndLine, crm.Location.EndColumn));
        Assert.Equal("note", crm.Level);
        Assert.Equal("System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync", crm.Properties["api"]);
        Assert.Equal("http", crm.Properties["egressKind"]);
        Assert.Equal("api.crm.com", crm.Properties["destination"]);
        Assert.Equal("US", crm.Properties["country"]);
        Assert.Equal("contact,name", crm.Properties["personalData"]);
        Assert.Equal("Customer.Email", crm.Properties["source"]);
        Assert.Equal("outside", crm.Properties["verdict"]);
        Assert.Equal("CN", crm.Properties["jurisdiction"]);
        Assert.Equal("DLOC001", crm.Properties["rules"]);
        Assert.Equal("", crm.Properties["provider"]);
        Assert.Equal("Egress: System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync sends contact, name (Customer.Email) to api.crm.com in US: outside", crm.Message);
        Assert.Null(crm.Suppression);
    }

    [Fact]
    public void SuppressMessage_gives_a_suppression_with_its_justification_and_pragma_one_without()
    {
        var log = SarifReader.Read(TestFiles.Backend);

        var attribute = Assert.Single(log.Results, r => r.RuleId == "DLOC001" && r.Location!.Path.EndsWith("CrmSync.cs", StringComparison.Ordinal));
        Assert.Equal(
            new Suppression("inSource", "SuppressMessageAttribute", "Transfer impact assessment TIA-2024-07 approved by the DPO; standard contract filed with the CAC on 2024-09-12"),
            attribute.Suppression);

        var pragma = Assert.Single(log.Results, r => r.RuleId == "DLOC001" && r.Location!.Path.EndsWith("OrderMailer.cs", StringComparison.Ordinal));
        Assert.Equal(new Suppression("inSource", "Pragma Directive", ""), pragma.Suppression);

        // The DLOC100 at the pragma site is not suppressed: only DLOC001 was disabled there.
        var site = Assert.Single(log.Results, r => r.RuleId == "DLOC100" && r.Location!.Path.EndsWith("OrderMailer.cs", StringComparison.Ordinal));
        Assert.Null(site.Suppression);
    }

    [Fact]
    public void Additional_locations_are_read_from_relatedLocations_and_a_configuration_finding_has_no_location()
    {
        var log = SarifReader.Read(TestFiles.Backend);

        var region = Assert.Single(log.Results, r => r.RuleId == "DLOC002" && r.Location!.Path.EndsWith("ShopSettings.cs", StringComparison.Ordinal));
        Assert.Equal((8, 40), (region.Location!.StartLine, region.Location.StartColumn));
        var client = Assert.Single(region.RelatedLocations);
        Assert.Equal(TestFiles.BuildRoot + "src/ShopBackend/Orders/OrderRepository.cs", client.Path);
        Assert.Equal(15, client.StartLine);

        var policy = Assert.Single(log.Results, r => r.RuleId == "DLOC900");
        Assert.Null(policy.Location);
        Assert.Equal("warning", policy.Level);
        Assert.StartsWith("data_localization.approved_regions: 'aws:cn-nort-1'", policy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_DLOC_results_are_kept_and_the_inventory_state_is_enabled()
    {
        var log = SarifReader.Read(TestFiles.Backend);

        Assert.Equal("2.1.0", log.Version);
        Assert.Equal(InventoryState.Enabled, log.InventoryState);
        Assert.Equal(15, log.Results.Count(r => r.RuleId == "DLOC100"));
        Assert.All(log.Results, r => Assert.StartsWith("DLOC", r.RuleId, StringComparison.Ordinal));
        Assert.Equal(
            ["DLOC001", "DLOC001", "DLOC001", "DLOC001", "DLOC001", "DLOC002", "DLOC002", "DLOC003", "DLOC004", "DLOC004", "DLOC005", "DLOC900"],
            log.Results.Where(r => r.RuleId != "DLOC100").Select(r => r.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_log_where_DLOC100_stayed_hidden_is_disabled_and_one_without_the_analyzer_is_absent()
    {
        using var temp = new TempFolder();
        var hidden = TestFiles.Json(TestFiles.Backend);
        var run = hidden["runs"]![0]!.AsObject();
        var results = run["results"]!.AsArray();
        foreach (var inventory in results.Where(r => (string?)r!["ruleId"] == "DLOC100").ToList())
        {
            results.Remove(inventory);
        }

        run["invocations"]![0]!["ruleConfigurationOverrides"] = new JsonArray();
        Assert.Equal(InventoryState.Disabled, SarifReader.Read(TestFiles.Write(temp.Path, "hidden.sarif", hidden)).InventoryState);

        // Configuration alone, without any egress site: enabled (an empty inventory that is complete).
        var configured = TestFiles.Json(TestFiles.Backend);
        configured["runs"]![0]!["results"] = new JsonArray();
        var empty = SarifReader.Read(TestFiles.Write(temp.Path, "configured.sarif", configured));
        Assert.Equal(InventoryState.Enabled, empty.InventoryState);
        Assert.Empty(empty.Results);

        var other = TestFiles.Json(TestFiles.Backend);
        other["runs"]![0]!["results"] = new JsonArray();
        other["runs"]![0]!["tool"]!["driver"]!["rules"] = new JsonArray(new JsonObject { ["id"] = "CA1000" });
        other["runs"]![0]!["invocations"] = new JsonArray();
        Assert.Equal(InventoryState.AnalyzerAbsent, SarifReader.Read(TestFiles.Write(temp.Path, "other.sarif", other)).InventoryState);
    }

    [Fact]
    public void Sarif_1_0_gives_the_same_sites_and_suppressions_without_justification()
    {
        var v1 = SarifReader.Read(TestFiles.BackendV1);
        var v21 = SarifReader.Read(TestFiles.Backend);

        Assert.Equal("1.0.0", v1.Version);
        Assert.Equal(InventoryState.Enabled, v1.InventoryState);
        Assert.Equal(Sites(v21), Sites(v1));
        var attribute = Assert.Single(v1.Results, r => r.RuleId == "DLOC001" && r.Location!.Path.EndsWith("CrmSync.cs", StringComparison.Ordinal));
        Assert.Equal(new Suppression("inSource", "", ""), attribute.Suppression);
        var region = Assert.Single(v1.Results, r => r.RuleId == "DLOC002" && r.Location!.Path.EndsWith("ShopSettings.cs", StringComparison.Ordinal));
        Assert.Equal(15, Assert.Single(region.RelatedLocations).StartLine);

        static IEnumerable<string> Sites(SarifLog log) => log.Results
            .Select(r => $"{r.RuleId} {r.Location?.Path}:{r.Location?.StartLine}:{r.Location?.StartColumn} {string.Join(";", r.Properties.Select(p => p.Key + "=" + p.Value))} {r.Message}")
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_SARIF_is_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        var broken = temp.File("broken.sarif");
        File.WriteAllText(broken, "{ \"runs\": [ ");
        var notSarif = temp.File("other.sarif");
        File.WriteAllText(notSarif, "{ \"version\": \"2.1.0\" }");

        Assert.Contains("broken.sarif: not valid JSON", Assert.Throws<SarifFormatException>(() => SarifReader.Read(broken)).Message, StringComparison.Ordinal);
        Assert.Contains("other.sarif: not a SARIF log", Assert.Throws<SarifFormatException>(() => SarifReader.Read(notSarif)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///tmp/x/A.cs", "/tmp/x/A.cs")]
    [InlineData("file:///C:/agent/_work/1/s/src/A%20B.cs", "C:/agent/_work/1/s/src/A B.cs")]
    [InlineData("file://server/share/src/A.cs", "//server/share/src/A.cs")]
    [InlineData("src\\A.cs", "src/A.cs")]
    public void Uris_become_forward_slash_paths(string uri, string path) => Assert.Equal(path, PathRoot.FromUri(uri));
}
