using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using LocalizationAnalyzers.Benchmark.Analysis;
using LocalizationAnalyzers.Benchmark.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Benchmark.Measurement;

/// <summary>What one measured phase cost: time, memory, and what it reported.</summary>
internal sealed record PhaseResult(
    double WallMs,
    double CpuMs,
    double AnalyzerMs,
    IReadOnlyDictionary<string, double> PerAnalyzerMs,
    IReadOnlyDictionary<string, int> DiagnosticsById,
    long AllocatedBytes,
    long PeakHeapBytes,
    long PeakWorkingSetBytes);

/// <summary>One run over one corpus: binding alone, then each analyzer set on a fresh compilation.</summary>
/// <param name="OursStartMs">Our compilation start actions alone, per compilation (ms), on fresh compilations; empty when ours is not measured.</param>
/// <param name="BeforeStartMs">The same for the `before` set (--before), when it is measured.</param>
internal sealed record RunResult(PhaseResult Binding, IReadOnlyDictionary<string, PhaseResult> Analysis, IReadOnlyList<double> OursStartMs, IReadOnlyList<double> BeforeStartMs);

/// <summary>All runs over one corpus.</summary>
/// <param name="OursDiagnostics">Every diagnostic ours reported in the first run, one line each, sorted (id, place, message, additional places, properties).</param>
internal sealed record CorpusResult(CorpusFacts Corpus, long HeapBeforeBytes, IReadOnlyDictionary<string, int> CompilerWarnings, IReadOnlyList<RunResult> Runs, IReadOnlyList<string> OursDiagnostics);

internal sealed class Harness : IDisposable
{
    private readonly IReadOnlyList<AnalyzerSet> _sets;
    private readonly AnalyzerOptions _options;
    private readonly MemorySampler _memory = new();
    private readonly ConcurrentQueue<string> _analyzerExceptions = new();

    public Harness(IReadOnlyList<AnalyzerSet> sets, AnalyzerConfigOptionsProvider policy)
    {
        _sets = sets;
        _options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, policy);
    }

    /// <summary>Exceptions thrown by analyzers (AD0001), as "analyzer: message"; must stay empty.</summary>
    public IReadOnlyCollection<string> AnalyzerExceptions => _analyzerExceptions;

    public void Dispose() => _memory.Dispose();

    /// <summary>
    /// Measures the corpus <paramref name="runs"/> times,
    /// interleaving binding and the analyzer sets so drift in the machine's load hits all alike.
    /// </summary>
    public async Task<CorpusResult> MeasureAsync(BuiltCorpus corpus, int runs, Action<string> progress)
    {
        var heapBefore = 0L;
        IReadOnlyDictionary<string, int> warnings = new Dictionary<string, int>();
        var results = new List<RunResult>();
        IReadOnlyList<string> oursDiagnostics = [];
        for (var run = 1; run <= runs; run++)
        {
            var (binding, errors, warningCount, heapAtStart) = Bind(corpus);
            heapBefore = run == 1 ? heapAtStart : heapBefore;
            if (errors.Count > 0)
            {
                // Every binding doubles as the check that the corpus is valid code.
                throw new InvalidOperationException($"Corpus {corpus.Spec.Key} does not compile:\n" + string.Join("\n", errors));
            }

            warnings = warningCount;

            progress($"  run {run}/{runs}: binding {binding.WallMs:F0} ms");
            var analysis = new Dictionary<string, PhaseResult>();
            var starts = new List<double>();
            var beforeStarts = new List<double>();
            foreach (var set in _sets.Where(s => s.EveryRun || (run == 1 && corpus.Spec.References)))
            {
                var (phase, lines) = await AnalyzeAsync(corpus, set, describe: run == 1 && set.Name == "ours");
                analysis[set.Name] = phase;
                oursDiagnostics = lines ?? oursDiagnostics;
                progress($"  run {run}/{runs}: {set.Name} {phase.AnalyzerMs:F0} ms in analyzers, {phase.WallMs:F0} ms wall");
                if (set.Name is "ours" or "before")
                {
                    var timer = new StartActionTimer(set.Analyzers, _options);
                    var list = set.Name == "ours" ? starts : beforeStarts;
                    list.AddRange(corpus.Compilations.Select(c => timer.Measure(c.Clone())));
                    progress($"  run {run}/{runs}: {set.Name} start actions {list.Sum():F1} ms ({list.Average():F2} ms per compilation)");
                }
            }

            results.Add(new RunResult(binding, analysis, starts, beforeStarts));
        }

        return new CorpusResult(corpus.Facts, heapBefore, warnings, results, oursDiagnostics);
    }

    /// <summary>The compiler alone: every diagnostic of a fresh compilation (declarations and all method bodies bound).</summary>
    /// <returns>The phase, the first errors (as text: a diagnostic would keep the bound compilation alive) and the warning count.</returns>
    private (PhaseResult Result, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, int> Warnings, long HeapAtStart) Bind(BuiltCorpus corpus)
    {
        var compilations = corpus.Compilations.Select(c => c.Clone()).ToList();
        Settle();
        var heapAtStart = _memory.Reset();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = compilations.SelectMany(c => c.GetDiagnostics()).ToList();
        stopwatch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var (heap, workingSet) = _memory.Peaks();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).Select(d => d.ToString()).ToList();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var result = new PhaseResult(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, 0, new Dictionary<string, double>(), new Dictionary<string, int>(), allocated, heap, workingSet);
        return (result, errors, warnings, heapAtStart);
    }

    /// <summary>
    /// The compiler with one analyzer set attached, on a fresh compilation: the wall time of
    /// GetAnalyzerDiagnosticsAsync (binding included) and the analyzers' own execution time as the
    /// analyzer driver logs it (logAnalyzerExecutionTime), per analyzer.
    /// </summary>
    /// <param name="describe">Also return every diagnostic, one sorted line each (for comparing two versions' outputs).</param>
    private async Task<(PhaseResult Phase, IReadOnlyList<string>? Diagnostics)> AnalyzeAsync(BuiltCorpus corpus, AnalyzerSet set, bool describe)
    {
        var options = new CompilationWithAnalyzersOptions(
            _options,
            (exception, analyzer, _) => _analyzerExceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var compilations = corpus.Compilations.Select(c => c.Clone().WithAnalyzers(set.Analyzers, options)).ToList();
        Settle();
        _memory.Reset();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        foreach (var compilation in compilations)
        {
            diagnostics.AddRange(await compilation.GetAnalyzerDiagnosticsAsync(CancellationToken.None));
        }

        stopwatch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var (heap, workingSet) = _memory.Peaks();

        var perAnalyzer = new Dictionary<string, double>();
        foreach (var compilation in compilations)
        {
            foreach (var analyzer in set.Analyzers)
            {
                var telemetry = await compilation.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                var name = analyzer.GetType().Name;
                perAnalyzer[name] = perAnalyzer.GetValueOrDefault(name) + telemetry.ExecutionTime.TotalMilliseconds;
            }
        }

        var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var lines = describe ? diagnostics.Select(Describe).OrderBy(l => l, StringComparer.Ordinal).ToList() : null;
        return (new PhaseResult(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, perAnalyzer.Values.Sum(), perAnalyzer, byId, allocated, heap, workingSet), lines);
    }

    /// <summary>"DLOC002 /corpus/a.cs(12,5)-(12,30) message | /corpus/a.cs(10,1)-(10,9) | key=value;...": all a consumer of the diagnostic sees.</summary>
    private static string Describe(Diagnostic diagnostic)
    {
        static string Place(Location location) =>
            location.IsInSource || location.Kind == LocationKind.ExternalFile
                ? $"{location.GetLineSpan().Path}({location.GetLineSpan().StartLinePosition.Line + 1},{location.GetLineSpan().StartLinePosition.Character + 1})-" +
                  $"({location.GetLineSpan().EndLinePosition.Line + 1},{location.GetLineSpan().EndLinePosition.Character + 1})"
                : "none";
        var properties = string.Join(";", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return $"{diagnostic.Id} {Place(diagnostic.Location)} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} | " +
               $"{string.Join(" ", diagnostic.AdditionalLocations.Select(Place))} | {properties}";
    }

    /// <summary>A full, compacting collection, so one phase's garbage is not collected on the next one's time.</summary>
    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
