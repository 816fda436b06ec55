using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>What to generate: a kind of code, a size, one file or many.</summary>
/// <param name="References">Whether the reference analyzers (no-op baseline, SecurityCodeScan) run on it too, or only ours and the empty baseline.</param>
internal sealed record CorpusSpec(string Key, string Label, string Description, int Seed, bool Egress, int TargetLines, bool SingleFile, bool References = true);

/// <summary>A generated corpus, parsed, as one compilation that has not been bound yet.</summary>
internal sealed record BuiltCorpus(CorpusSpec Spec, int Lines, int Files, int EgressSites, CSharpCompilation Compilation)
{
    /// <summary>What the report needs, without the syntax trees (results must not keep earlier corpora alive).</summary>
    public CorpusFacts Facts => new(Spec, Lines, Files, EgressSites);
}

internal sealed record CorpusFacts(CorpusSpec Spec, int Lines, int Files, int EgressSites);

internal static class CorpusBuilder
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Parse);

    /// <summary>
    /// Single-threaded binding (concurrentBuild: false), so binding time and the analyzers' execution
    /// time (concurrentAnalysis: false) are both one thread's time and their ratio is a CPU-cost ratio.
    /// </summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true,
        // As the .NET SDK does (/nowarn:1701,1702): assembly-unification notices, not findings.
        specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    public static BuiltCorpus Build(CorpusSpec spec)
    {
        var files = new List<GeneratedFile>();
        var lines = 0;
        foreach (var file in new ModuleWriter(spec.Seed, spec.Egress).Files())
        {
            files.Add(file);
            lines += CountLines(file.Body) + file.Usings.Count + 2;
            if (lines >= spec.TargetLines)
            {
                break;
            }
        }

        var texts = spec.SingleFile
            ? [("Legacy/Everything.cs", SingleFile(files))]
            : files.Select(f => (f.Path, OwnFile(f))).ToList();
        var trees = texts
            .Select(t => CSharpSyntaxTree.ParseText(SourceText.From(t.Item2, Encoding.UTF8), ParseOptions, "/corpus/" + t.Item1))
            .ToImmutableArray();
        var references = spec.Egress ? References.FrameworkAndSdks : References.Framework;
        var compilation = CSharpCompilation.Create("Northwind." + spec.Key, trees, references, CompilationOptions);
        return new BuiltCorpus(spec, texts.Sum(t => CountLines(t.Item2)), texts.Count, files.Sum(f => f.EgressSites), compilation);
    }

    private static string OwnFile(GeneratedFile file)
    {
        var text = new StringBuilder();
        foreach (var u in file.Usings)
        {
            text.Append("using ").Append(u).Append(";\n");
        }

        return text.Append("\nnamespace ").Append(file.Namespace).Append(";\n\n").Append(file.Body).ToString();
    }

    /// <summary>Every file in one: the usings of all of them on top, then one namespace block per file.</summary>
    private static string SingleFile(IReadOnlyList<GeneratedFile> files)
    {
        var text = new StringBuilder();
        foreach (var u in files.SelectMany(f => f.Usings).Distinct().OrderBy(u => u.StartsWith("System", StringComparison.Ordinal) ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal))
        {
            text.Append("using ").Append(u).Append(";\n");
        }

        foreach (var file in files)
        {
            text.Append("\nnamespace ").Append(file.Namespace).Append("\n{\n")
                .Append(ClassText.Indent(file.Body.TrimEnd('\n'), 4)).Append("\n}\n");
        }

        return text.ToString();
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
