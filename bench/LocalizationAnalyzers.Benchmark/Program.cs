using System.Diagnostics;
using System.Runtime.InteropServices;
using LocalizationAnalyzers.Benchmark.Analysis;
using LocalizationAnalyzers.Benchmark.Corpus;
using LocalizationAnalyzers.Benchmark.Measurement;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Benchmark;

/// <summary>
/// dotnet run -c Release --project bench/LocalizationAnalyzers.Benchmark [-- --quick] [--runs N] [--output FILE] [--strict]
/// Prints the report (Markdown) on stdout and writes it to bench/results/latest.md (quick.md for --quick);
/// progress goes to stderr.
/// </summary>
internal static class Program
{
    private const string Policy = "data_localization.jurisdiction = CN";

    public static async Task<int> Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var strict = args.Contains("--strict");
        var runs = Option(args, "--runs") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : quick ? 1 : 3;
        var output = Option(args, "--output") ?? Path.Combine(RepositoryRoot(), "bench", "results", quick ? "quick.md" : "latest.md");

        var (warmUp, corpora, budgets) = quick ? QuickPlan() : FullPlan();
        if (Option(args, "--corpus") is { } keys)
        {
            corpora = keys.Split(',').Select(Parse).ToList();
        }

        var sets = new[] { AnalyzerSets.Empty(), AnalyzerSets.NoOpOperations(), AnalyzerSets.Ours(), AnalyzerSets.SecurityCodeScan() }
            .Concat(Option(args, "--before") is { } before ? [AnalyzerSets.Before(before)] : [])
            .Where(s => Option(args, "--sets") is not { } names || names.Split(',').Contains(s.Name))
            .ToArray();
        var policyText = Option(args, "--policy") ?? Policy;
        var policy = new PolicyOptionsProvider(policyText.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair.Length > 1 ? pair[1].Trim() : ""));
        var started = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage();
        var clock = Stopwatch.StartNew();

        using var harness = new Harness(sets, policy);
        Progress($"warm-up on {warmUp.Label}");
        await harness.MeasureAsync(CorpusBuilder.Build(warmUp), runs: 1, _ => { });

        var results = new List<CorpusResult>();
        foreach (var spec in corpora)
        {
            var generation = Stopwatch.StartNew();
            var corpus = CorpusBuilder.Build(spec);
            if (Option(args, "--dump") is { } dump)
            {
                Dump(corpus, Path.Combine(dump, spec.Key));
            }

            Progress($"{spec.Label}: {corpus.Lines:N0} lines in {corpus.Files:N0} files, {corpus.EgressSites:N0} egress sites (generated and parsed in {generation.Elapsed.TotalSeconds:F1} s)");
            results.Add(await harness.MeasureAsync(corpus, runs, Progress));
        }

        var comparison = new List<string>();
        foreach (var result in results)
        {
            var key = result.Corpus.Spec.Key;
            if (Option(args, "--diagnostics") is { } written)
            {
                Directory.CreateDirectory(written);
                await File.WriteAllLinesAsync(Path.Combine(written, key + ".txt"), result.OursDiagnostics);
            }

            if (Option(args, "--compare") is { } baseline)
            {
                comparison.Add(CompareDiagnostics(key, Path.Combine(baseline, key + ".txt"), result.OursDiagnostics));
            }
        }

        if (harness.AnalyzerExceptions.Count > 0)
        {
            Console.Error.WriteLine("Analyzers threw (AD0001):");
            foreach (var exception in harness.AnalyzerExceptions.Distinct().Take(20))
            {
                Console.Error.WriteLine("  " + exception);
            }
        }

        var info = new RunInfo(
            quick ? "quick" : "full",
            runs,
            started,
            clock.Elapsed,
            sets,
            policyText,
            [
                $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical CPUs (a shared machine: other work may run beside the benchmark)",
                $".NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version} (the analyzers' minimum host), corpora compiled against {References.FrameworkPack} and AWSSDK {typeof(Amazon.RegionEndpoint).Assembly.GetName().Version}",
                $"load average (1, 5, 15 min) at start: {loadBefore}, at end: {LoadAverage()}",
                $"analyzer exceptions (AD0001): {(harness.AnalyzerExceptions.Count == 0 ? "none" : harness.AnalyzerExceptions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}",
            ]);
        // The raw figures first: a report that fails to render must not cost the run.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(Path.ChangeExtension(output, null) + "-raw.csv", MarkdownReport.RawCsv(results));
        var (report, passed) = MarkdownReport.Render(info, results, budgets, comparison);
        Console.Out.Write(report);
        await File.WriteAllTextAsync(output, report);
        Progress($"written to {output}");

        if (harness.AnalyzerExceptions.Count > 0)
        {
            return 3;
        }

        if (comparison.Any(c => !c.StartsWith("identical", StringComparison.Ordinal)))
        {
            return 4;
        }

        return strict && !passed ? 1 : 0;
    }

    private static (CorpusSpec WarmUp, IReadOnlyList<CorpusSpec> Corpora, IReadOnlyList<Budget> Budgets) FullPlan() =>
    (
        Egress(5_000, "warm-up"),
        [
            Egress(50_000, "(a) egress 50k") with { References = false },
            Egress(100_000, "(a) egress 100k") with { References = false },
            Egress(200_000, "(a) egress 200k"),
            NoEgress(200_000, "(b) no egress 200k"),
            OneFile(20_000, "(c) one file 20k"),
            Projects(300, "(d) 300 projects"),
        ],
        [
            new Budget("egress-200000", 3, "a small fraction of compile time"),
            new Budget("no-egress-200000", 0.5, "nothing measurable without egress APIs"),
            new Budget("projects-300", 5, "a solution of many small projects pays the start of each"),
        ]);

    private static (CorpusSpec WarmUp, IReadOnlyList<CorpusSpec> Corpora, IReadOnlyList<Budget> Budgets) QuickPlan() =>
    (
        Egress(3_000, "warm-up"),
        [
            Egress(10_000, "(a) egress 10k") with { References = false },
            Egress(20_000, "(a) egress 20k"),
            NoEgress(20_000, "(b) no egress 20k"),
            OneFile(5_000, "(c) one file 5k"),
            Projects(60, "(d) 60 projects"),
        ],
        [
            new Budget("egress-20000", 3, "a small fraction of compile time"),
            new Budget("no-egress-20000", 0.5, "nothing measurable without egress APIs"),
            new Budget("projects-60", 5, "a solution of many small projects pays the start of each"),
        ]);

    // The egress corpora of every size share one seed: the smaller ones are prefixes of the larger.
    private static CorpusSpec Egress(int lines, string label) =>
        new($"egress-{lines}", label, "business code with egress sites and personal data", 6001, Egress: true, lines, SingleFile: false);

    private static CorpusSpec NoEgress(int lines, string label) =>
        new($"no-egress-{lines}", label, "the same business code, no egress API referenced", 6002, Egress: false, lines, SingleFile: false);

    private static CorpusSpec OneFile(int lines, string label) =>
        new($"one-file-{lines}", label, "egress business code in one file", 6003, Egress: true, lines, SingleFile: true);

    /// <summary>N small projects of 500 lines on average, every other one without egress APIs.</summary>
    private static CorpusSpec Projects(int projects, string label) =>
        new($"projects-{projects}", label, "a solution of small projects, half of them with egress APIs", 6004, Egress: true, projects * 500, SingleFile: false, Projects: projects);

    /// <summary>The diagnostics of a corpus against those a baseline run wrote (--diagnostics): "identical", or what differs.</summary>
    private static string CompareDiagnostics(string key, string path, IReadOnlyList<string> current)
    {
        if (!File.Exists(path))
        {
            return $"no baseline for {key} ({path})";
        }

        var before = File.ReadAllLines(path);
        var gone = before.Except(current, StringComparer.Ordinal).ToList();
        var added = current.Except(before, StringComparer.Ordinal).ToList();
        if (gone.Count == 0 && added.Count == 0 && before.Length == current.Count)
        {
            return $"identical: {key}, {current.Count:N0} diagnostics";
        }

        return $"DIFFERENT: {key}, {before.Length:N0} before, {current.Count:N0} now, {gone.Count:N0} gone, {added.Count:N0} new; first gone: {gone.FirstOrDefault() ?? "-"}; first new: {added.FirstOrDefault() ?? "-"}";
    }

    /// <summary>A corpus from its key: egress-N, no-egress-N or one-file-N (N lines), projects-N (N projects).</summary>
    private static CorpusSpec Parse(string key)
    {
        var dash = key.LastIndexOf('-');
        var lines = int.Parse(key[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return key[..dash] switch
        {
            "egress" => Egress(lines, $"(a) egress {lines / 1000}k"),
            "no-egress" => NoEgress(lines, $"(b) no egress {lines / 1000}k"),
            "one-file" => OneFile(lines, $"(c) one file {lines / 1000}k"),
            "projects" => Projects(lines, $"(d) {lines} projects"),
            _ => throw new ArgumentException($"Unknown corpus {key}: egress-N, no-egress-N, one-file-N or projects-N."),
        };
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Writes a corpus's files out, to read them or to build them as a real project.</summary>
    private static void Dump(BuiltCorpus corpus, string directory)
    {
        foreach (var tree in corpus.Compilations.SelectMany(c => c.SyntaxTrees))
        {
            var path = Path.Combine(directory, tree.FilePath.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, tree.ToString());
        }
    }

    /// <summary>The machine's load average where the OS tells it (Linux), so a reader can judge the noise.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LocalizationAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
