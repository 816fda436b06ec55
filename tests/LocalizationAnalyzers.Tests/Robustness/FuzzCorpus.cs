using System.Text.RegularExpressions;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// The C# the fuzz tests start from, read from the checkout: every raw-string test source of the rule
/// tests (so a rule added later brings its own test code into the corpus) and the sample's sources.
/// </summary>
internal static class FuzzCorpus
{
    public sealed record Entry(string Name, string Source);

    public static IReadOnlyList<Entry> Load()
    {
        var entries = new List<Entry>();
        var rules = Path.Combine(RepositoryRoot.Path, "tests", "LocalizationAnalyzers.Tests", "Rules");
        foreach (var file in Directory.GetFiles(rules, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var raw in RawStrings(File.ReadAllText(file)))
            {
                entries.Add(new Entry($"{Path.GetFileName(file)}#{index++}", StripMarkup(raw)));
            }
        }

        var sample = Path.Combine(RepositoryRoot.Path, "samples", "ShopBackend");
        foreach (var file in Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (file.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            {
                continue;
            }

            entries.Add(new Entry(Path.GetRelativePath(sample, file).Replace('\\', '/'), File.ReadAllText(file)));
        }

        // The same test source often appears in a rule test and its fix test: fuzz it once.
        return entries.DistinctBy(e => e.Source, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The contents of the multi-line raw string literals (""" ... """ and $$""" ... """) of a C# file,
    /// indentation removed; an interpolation hole becomes the identifier it names (RegionEndpoint.{{field}} → RegionEndpoint.field).
    /// </summary>
    public static IEnumerable<string> RawStrings(string csharp)
    {
        foreach (var node in CSharpSyntaxTree.ParseText(csharp).GetRoot().DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                yield return literal.Token.ValueText;
            }
            else if (node is InterpolatedStringExpressionSyntax interpolated &&
                     interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken))
            {
                yield return string.Concat(interpolated.Contents.Select(part => part switch
                {
                    InterpolatedStringTextSyntax text => text.TextToken.ValueText,
                    InterpolationSyntax hole => hole.Expression.ToString(),
                    _ => "",
                }));
            }
        }
    }

    private static readonly Regex MarkupStart = new(@"\{\|[^:{}|\s]*:", RegexOptions.Compiled);

    /// <summary>Removes the Microsoft.CodeAnalysis.Testing markup ({|#0:...|}, {|DLOC002:...|}, [|...|]).</summary>
    public static string StripMarkup(string source) =>
        MarkupStart.Replace(source, "").Replace("|}", "").Replace("[|", "").Replace("|]", "");
}
