using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>What to generate: a kind of code, a size, one file or many.</summary>
/// <param name="References">Whether the reference analyzers (no-op baseline, SecurityCodeScan) run on it too, or only ours and the empty baseline.</param>
/// <param name="Projects">More than 1: a solution of that many small projects (compilations) of TargetLines in all, every other one without egress APIs.</param>
internal sealed record CorpusSpec(string Key, string Label, string Description, int Seed, bool Egress, int TargetLines, bool SingleFile, bool References = true, int Projects = 1);

/// <summary>A generated corpus, parsed, as compilations (one, or one per project) that have not been bound yet.</summary>
internal sealed record BuiltCorpus(CorpusSpec Spec, int Lines, int Files, int EgressSites, ImmutableArray<CSharpCompilation> Compilations)
{
    /// <summary>What the report needs, without the syntax trees (results must not keep earlier corpora alive).</summary>
    public CorpusFacts Facts => new(Spec, Lines, Files, EgressSites, Compilations.Length);
}

internal sealed record CorpusFacts(CorpusSpec Spec, int Lines, int Files, int EgressSites, int Projects = 1);

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
        if (spec.Projects > 1)
        {
            return BuildSolution(spec);
        }

        var (compilation, lines, files, sites) = BuildProject(spec, spec.Key, spec.Seed, spec.Egress, spec.TargetLines);
        return new BuiltCorpus(spec, lines, files, sites, [compilation]);
    }

    /// <summary>
    /// Many small projects, as a real solution (or a collection of samples) has: sizes from a third to
    /// twice the average, every other project without egress APIs (no SDK beyond the framework).
    /// </summary>
    private static BuiltCorpus BuildSolution(CorpusSpec spec)
    {
        var rng = new Random(spec.Seed);
        var average = spec.TargetLines / spec.Projects;
        var compilations = ImmutableArray.CreateBuilder<CSharpCompilation>(spec.Projects);
        var (lines, files, sites) = (0, 0, 0);
        for (var i = 0; i < spec.Projects; i++)
        {
            var size = rng.Next(average / 3, average * 2);
            var (compilation, l, f, s) = BuildProject(spec, $"{spec.Key}.P{i:D3}", spec.Seed + 1 + i, spec.Egress && i % 2 == 0, size);
            compilations.Add(compilation);
            (lines, files, sites) = (lines + l, files + f, sites + s);
        }

        return new BuiltCorpus(spec, lines, files, sites, compilations.MoveToImmutable());
    }

    private static (CSharpCompilation Compilation, int Lines, int Files, int EgressSites) BuildProject(CorpusSpec spec, string name, int seed, bool egress, int targetLines)
    {
        var files = new List<GeneratedFile>();
        var lines = 0;
        foreach (var file in new ModuleWriter(seed, egress).Files())
        {
            files.Add(file);
            lines += CountLines(file.Body) + file.Usings.Count + 2;
            if (lines >= targetLines)
            {
                break;
            }
        }

        var texts = spec.SingleFile
            ? [("Legacy/Everything.cs", SingleFile(files))]
            : files.Select(f => (f.Path, OwnFile(f))).ToList();
        var trees = texts
            .Select(t => CSharpSyntaxTree.ParseText(SourceText.From(t.Item2, Encoding.UTF8), ParseOptions, "/corpus/" + (spec.Projects > 1 ? name + "/" : "") + t.Item1))
            .ToImmutableArray();
        var references = egress ? References.FrameworkAndSdks : References.Framework;
        var compilation = CSharpCompilation.Create("Northwind." + name, trees, references, CompilationOptions);
        return (compilation, texts.Sum(t => CountLines(t.Item2)), texts.Count, files.Sum(f => f.EgressSites));
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
