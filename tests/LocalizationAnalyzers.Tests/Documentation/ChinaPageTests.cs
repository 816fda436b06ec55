using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Documentation;

/// <summary>docs/china.md names every vendor the catalog places inside mainland China, and is linked from the README and the rule pages.</summary>
public class ChinaPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "china.md"));

    public static TheoryData<string> MainlandProviders()
    {
        var data = new TheoryData<string>();
        foreach (var provider in LocationCatalog.Instance.Hosts.Rows
                     .Where(r => r.Countries.Length == 1 && r.Countries[0] == "CN" && r.Provider is not ("aws" or "huawei" or "yandex" or "oracle"))
                     .Select(r => r.Provider).Distinct().OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(provider);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MainlandProviders))]
    public void Every_provider_with_a_mainland_host_is_in_the_vendor_table(string provider) =>
        Assert.Contains("`" + provider + "`", Page);

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/rules/DLOC001.md")]
    [InlineData("docs/rules/DLOC003.md")]
    public void The_page_is_linked(string file) =>
        Assert.Contains("china.md", File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)));
}
