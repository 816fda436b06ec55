using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;
using LocalizationAnalyzers.Inventory.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

/// <summary>inventory.html in a real browser (headless chromium): the script runs without error, the diagram is drawn, the filters work.</summary>
public sealed class HtmlInBrowserTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ChromiumFact]
    public void The_page_renders_without_script_errors_and_draws_the_diagram()
    {
        var inventory = TestFiles.ShopInventory();
        var page = Write("inventory.html", HtmlReport.Render(inventory));

        var dom = Chromium.DumpDom(page);

        Assert.False(Chromium.Attributes(dom, "html").ContainsKey("data-script-error"), "script error: " + Chromium.Attributes(dom, "html").GetValueOrDefault("data-script-error"));
        var body = Chromium.Attributes(dom, "body");
        Assert.Equal("ok", body.GetValueOrDefault("data-rendered"));
        Assert.Equal("19", body.GetValueOrDefault("data-svg-elements"));
        Assert.Equal(FlowDiagram.ElementCount(inventory).ToString(System.Globalization.CultureInfo.InvariantCulture), body["data-svg-elements"]);
        Assert.Equal("18", body.GetValueOrDefault("data-visible-rows"));
        Assert.Contains("Showing all 18 sites", dom, StringComparison.Ordinal);

        var png = _temp.File("inventory.png");
        Chromium.Screenshot(page, png, 1280, 1400);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.True(bytes.Length > 50_000, $"the screenshot is suspiciously small ({bytes.Length} bytes): a blank page?");
    }

    [ChromiumFact]
    public void Filters_from_the_address_hide_the_other_rows()
    {
        var page = Write("inventory.html", HtmlReport.Render(TestFiles.ShopInventory()));

        Assert.Equal("8", Chromium.Attributes(Chromium.DumpDom(page, "#verdict=outside"), "body").GetValueOrDefault("data-visible-rows"));
        Assert.Equal("4", Chromium.Attributes(Chromium.DumpDom(page, "#country=CN"), "body").GetValueOrDefault("data-visible-rows"));
        Assert.Equal("2", Chromium.Attributes(Chromium.DumpDom(page, "#verdict=unverified&personal=1"), "body").GetValueOrDefault("data-visible-rows"));
        var search = Chromium.DumpDom(page, "#q=crm");
        Assert.Equal("1", Chromium.Attributes(search, "body").GetValueOrDefault("data-visible-rows"));
        Assert.Contains("Showing 1 of 18 sites", search, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_page_of_an_empty_build_renders()
    {
        var empty = TestFiles.ShopInventory() with { Flows = [], OtherFindings = [], Jurisdictions = [], Summary = InventoryBuilder.Summarize([]) };
        var dom = Chromium.DumpDom(Write("empty.html", HtmlReport.Render(empty)));

        var body = Chromium.Attributes(dom, "body");
        Assert.Equal("ok", body.GetValueOrDefault("data-rendered"));
        Assert.Equal("0", body.GetValueOrDefault("data-svg-elements"));
        Assert.Contains("id=\"no-flows\"", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void A_script_error_is_caught_and_shown()
    {
        // The check above can fail: a page whose script breaks is marked, and shows a banner.
        var html = HtmlReport.Render(TestFiles.ShopInventory()).Replace("</body>", "<script>notAFunction();</script>\n</body>", StringComparison.Ordinal);
        var dom = Chromium.DumpDom(Write("broken.html", html));

        Assert.Contains("notAFunction", Chromium.Attributes(dom, "html").GetValueOrDefault("data-script-error"), StringComparison.Ordinal);
        Assert.Contains("The page script failed:", dom, StringComparison.Ordinal);
    }

    private string Write(string name, string html)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, html);
        return path;
    }
}
