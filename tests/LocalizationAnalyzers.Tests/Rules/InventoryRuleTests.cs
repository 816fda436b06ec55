using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC100: one inventory row per egress site, with or without a policy, its facts as properties.</summary>
public class InventoryRuleTests
{
    private const string Sites = """
        using System.Net.Http;
        using System.Threading.Tasks;
        using Azure.Storage.Blobs;

        class Sites
        {
            Task<string> Models(HttpClient http) => http.GetStringAsync("https://api.openai.com/v1/models");
            BlobServiceClient Images() => new BlobServiceClient(new System.Uri("https://shop.blob.core.chinacloudapi.cn/"));
            Task<string> Crm(HttpClient http, string url) => http.GetStringAsync(url);
        }
        """;

    private static async Task<IReadOnlyList<Diagnostic>> Inventory(params string[] policy) =>
        (await AnalyzerRunner.RunAsync(Sites, policy))
            .Where(d => d.Id == RuleIdentifiers.EgressInventory)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();

    [Fact]
    public async Task Every_site_is_inventoried_with_its_verdict()
    {
        var rows = await Inventory("data_localization.jurisdiction = CN");

        // The GetStringAsync of a literal URL carries nothing personal: listed as outside, no DLOC003 (SPEC §5).
        Assert.Equal(3, rows.Count);
        Assert.Equal(
            new[] { "api.openai.com|US|outside|", "shop.blob.core.chinacloudapi.cn|CN|compliant|", "unresolved|unknown|unverified|" },
            rows.Select(r => $"{r.Properties["destination"]}|{r.Properties["country"]}|{r.Properties["verdict"]}|{r.Properties["rules"]}"));
        Assert.Equal("System.Net.Http.HttpClient.GetStringAsync", rows[0].Properties["api"]);
        Assert.Equal("http", rows[0].Properties["egressKind"]);
        Assert.Equal("openai", rows[0].Properties["provider"]);
        Assert.Equal("cloud", rows[1].Properties["egressKind"]);
        Assert.Equal("azure", rows[1].Properties["provider"]);
        Assert.Equal("CN", rows[1].Properties["jurisdiction"]);
        Assert.Equal(DiagnosticSeverity.Hidden, rows[0].Severity);
        Assert.Equal(
            "HttpClient.GetStringAsync sends no personal data to api.openai.com in United States (US): outside the approved jurisdiction CN",
            rows[0].GetMessage());
    }

    [Fact]
    public async Task Without_a_policy_the_inventory_is_still_complete()
    {
        var rows = await Inventory();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("", r.Properties["jurisdiction"]));
        Assert.Equal(new[] { "no-policy", "no-policy", "no-policy" }, rows.Select(r => r.Properties["verdict"]));
        Assert.Equal("BlobServiceClient sends no personal data to shop.blob.core.chinacloudapi.cn in China (CN): no jurisdiction declared", rows[1].GetMessage());
    }
}
