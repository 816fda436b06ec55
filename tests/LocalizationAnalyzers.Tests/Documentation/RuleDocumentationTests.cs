using System.Text.RegularExpressions;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Documentation;

/// <summary>Docs, help links and release tracking cannot drift from the descriptors.</summary>
public class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Descriptors.All.Select(d => d.Id).Distinct())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_with_both_examples(string id)
    {
        var page = Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text);
        Assert.Contains("## Non-compliant", text);
        Assert.Contains("## Compliant", text);
        Assert.Contains("## Configuration", text);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_descriptor_links_to_its_page(string id)
    {
        Assert.All(Descriptors.All.Where(d => d.Id == id), descriptor =>
        {
            Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
            Assert.StartsWith("https://", descriptor.HelpLinkUri);
        });
    }

    [Fact]
    public void Release_tracking_lists_exactly_the_descriptors()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "LocalizationAnalyzers");
        var tracked = Directory.GetFiles(folder, "AnalyzerReleases.*.md")
            .SelectMany(File.ReadAllLines)
            .Select(line => Regex.Match(line, @"^(DLOC\d{3})\s*\|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(Descriptors.All.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal), tracked);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_README_rule_table_lists_every_rule(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        Assert.Contains($"[{id}](docs/rules/{id}.md)", readme);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/LocalizationAnalyzers.Package/README.md")]
    public void Every_rule_is_listed_in_the_readme_tables(string readme)
    {
        var listed = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, readme))
            .Select(line => Regex.Match(line, @"^\|\s*\[?(DLOC\d{3})\b"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(Descriptors.All.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal), listed);
    }
}
