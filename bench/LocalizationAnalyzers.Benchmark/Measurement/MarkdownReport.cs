using System.Globalization;
using System.Text;
using LocalizationAnalyzers.Benchmark.Analysis;

namespace LocalizationAnalyzers.Benchmark.Measurement;

/// <summary>A budget: our analyzers' time on one corpus, at most this share of the compiler's binding time.</summary>
internal sealed record Budget(string CorpusKey, double MaxPercent, string Why);

/// <summary>Everything the report says besides the results.</summary>
internal sealed record RunInfo(
    string Mode,
    int Runs,
    DateTimeOffset Started,
    TimeSpan Elapsed,
    IReadOnlyList<AnalyzerSet> Sets,
    string Policy,
    IReadOnlyList<string> Environment);

internal static class MarkdownReport
{
    private const string Ours = "ours";
    private const string Empty = "empty";
    private const string Scs = "SCS";
    private const string NoOp = "no-op ops";
    private const string Before = "before";

    /// <summary>The growth check: our cost per line on the largest egress corpus, at most this many times that on the smallest.</summary>
    public const double MaxGrowth = 1.5;

    /// <summary>Our compilation start per compilation, at most this many ms on average (a few referenced types looked up, nothing per table row).</summary>
    public const double MaxStartMs = 1.0;

    public static (string Text, bool AllPassed) Render(RunInfo info, IReadOnlyList<CorpusResult> results, IReadOnlyList<Budget> budgets, IReadOnlyList<string> comparison)
    {
        var text = new StringBuilder();
        var passed = true;
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# LocalizationAnalyzers benchmark");
        Line();
        var once = string.Join(" and ", info.Sets.Where(s => !s.EveryRun).Select(s => $"`{s.Name}`"));
        Line($"{info.Started:yyyy-MM-dd HH:mm} UTC, {info.Mode} run, {info.Elapsed.TotalMinutes:F1} min. Each figure is the median of {info.Runs} run{(info.Runs == 1 ? "" : "s")} after a warm-up" +
             (once.Length > 0 ? $" ({once}: one run, on the corpora marked *, to keep the run short)." : "."));
        foreach (var line in info.Environment)
        {
            Line("- " + line);
        }

        foreach (var set in info.Sets)
        {
            Line($"- `{set.Name}`: {set.Source}, {set.Analyzers.Length} analyzer{(set.Analyzers.Length == 1 ? "" : "s")}" +
                 (set.Name == Ours ? $" ({string.Join(", ", set.Analyzers.Select(a => a.GetType().Name))})" : ""));
        }

        Line($"- policy given to the analyzers: `{info.Policy}`");
        Line("- binding and analysis are single-threaded (concurrentBuild: false, concurrentAnalysis: false): the percentages compare one thread's work with one thread's work.");
        Line();

        Line("## Analyzer execution time against the compiler's binding time");
        Line();
        Line("| corpus | lines | files | egress sites | binding ms | ours ms | ours % | empty ms | empty % | SCS ms | SCS % | peak heap MB |");
        Line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            var c = r.Corpus;
            Line($"| {c.Spec.Label}{(c.Spec.References ? " *" : "")} | {c.Lines:N0} | {c.Files:N0}{(c.Projects > 1 ? $" in {c.Projects} projects" : "")} | {EgressText(c.EgressSites, c.Lines)} | {Ms(Median(r, x => x.Binding.WallMs))} | " +
                 $"{SetColumns(r, Ours)} | {SetColumns(r, Empty)} | {SetColumns(r, Scs)} | {Mb(r.Runs.Max(x => x.Analysis.Values.Append(x.Binding).Max(p => p.PeakHeapBytes)))} |");
        }

        Line();
        Line("## Budgets");
        Line();
        foreach (var budget in budgets)
        {
            var r = results.FirstOrDefault(x => x.Corpus.Spec.Key == budget.CorpusKey);
            if (r is null)
            {
                continue;
            }

            var percent = Percent(r, Ours);
            var ok = percent <= budget.MaxPercent;
            passed &= ok;
            Line($"- **{(ok ? "PASS" : "FAIL")}** ours on {r.Corpus.Spec.Label}: {Pct(percent)} of binding (budget ≤ {budget.MaxPercent.ToString(CultureInfo.InvariantCulture)}%: {budget.Why})");
        }

        var growth = results.Where(r => r.Corpus.Spec.Egress && !r.Corpus.Spec.SingleFile && r.Corpus.Projects == 1).OrderBy(r => r.Corpus.Lines).ToList();
        if (growth.Count >= 2)
        {
            double PerTenK(CorpusResult r, Func<RunResult, double> f) => Median(r, f) / r.Corpus.Lines * 10_000;
            var ours = growth.Select(r => PerTenK(r, x => x.Analysis[Ours].AnalyzerMs)).ToList();
            var binding = growth.Select(r => PerTenK(r, x => x.Binding.WallMs)).ToList();
            var ratio = ours[^1] / Math.Max(ours[0], 0.001);
            var ok = ratio <= MaxGrowth;
            passed &= ok;
            Line($"- **{(ok ? "PASS" : "FAIL")}** growth: ours ms per 10k lines " +
                 string.Join(", ", growth.Select((r, i) => $"{r.Corpus.Lines / 1000.0:F0}k: {ours[i]:F1}")) +
                 $" (largest/smallest {ratio:F2}, budget ≤ {MaxGrowth.ToString(CultureInfo.InvariantCulture)}: not super-linear); binding ms per 10k lines " +
                 string.Join(", ", binding.Select(b => b.ToString("F0", CultureInfo.InvariantCulture))));
        }

        var starts = results.Where(r => r.Runs.Any(x => x.OursStartMs.Count > 0)).ToList();
        if (starts.Count > 0)
        {
            var worst = starts.Max(r => Median(r, x => x.OursStartMs.Count == 0 ? double.NaN : x.OursStartMs.Average()));
            var ok = worst <= MaxStartMs;
            passed &= ok;
            Line($"- **{(ok ? "PASS" : "FAIL")}** compilation start: ours {worst.ToString("F2", CultureInfo.InvariantCulture)} ms per compilation at most (mean per corpus; budget ≤ {MaxStartMs.ToString(CultureInfo.InvariantCulture)} ms: grows with what a project references, not with our tables)");
        }

        foreach (var line in comparison)
        {
            Line($"- diagnostics against the baseline: {line}");
        }

        if (starts.Count > 0)
        {
            Line();
            Line("## Compilation start (ours, per compilation)");
            Line();
            Line("Our compilation start actions alone, timed around the actions on a fresh copy of each compilation (what they register is dropped), after the analysis run: " +
                 "the price every project pays before any of its code is looked at. Median over the runs of each figure.");
            Line();
            Line("| corpus | compilations | mean ms | median ms | max ms | total ms | share of ours ms |");
            Line("|---|--:|--:|--:|--:|--:|--:|");
            foreach (var r in starts)
            {
                double Of(Func<IReadOnlyList<double>, double> f) => Median(r, x => x.OursStartMs.Count == 0 ? double.NaN : f(x.OursStartMs));
                var total = Of(s => s.Sum());
                Line($"| {r.Corpus.Spec.Label} | {r.Corpus.Projects} | {Of(s => s.Average()).ToString("F3", CultureInfo.InvariantCulture)} | " +
                     $"{Of(s => s.OrderBy(v => v).ElementAt(s.Count / 2)).ToString("F3", CultureInfo.InvariantCulture)} | {Of(s => s.Max()).ToString("F3", CultureInfo.InvariantCulture)} | " +
                     $"{Ms(total)} | {Pct(total / Median(r, x => Get(x, Ours)?.AnalyzerMs ?? double.NaN) * 100)} |");
            }
        }

        if (results.Any(r => r.Runs.Any(x => Get(x, Before) is not null)))
        {
            Line();
            Line("## Ours against `before`, measured in the same runs");
            Line();
            Line("Both sets run on fresh copies of the same compilations, interleaved, so the machine's load hits them alike: on a busy machine this is the comparison to trust. " +
                 "Start: the compilation start actions alone, mean per compilation.");
            Line();
            Line("| corpus | before ms | ours ms | ours / before | before % | ours % | before start ms | ours start ms | before wall | ours wall |");
            Line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (var r in results.Where(r => r.Runs.Any(x => Get(x, Before) is not null)))
            {
                var before = Median(r, x => Get(x, Before)?.AnalyzerMs ?? double.NaN);
                var ours = Median(r, x => Get(x, Ours)?.AnalyzerMs ?? double.NaN);
                Line($"| {r.Corpus.Spec.Label} | {Ms(before)} | {Ms(ours)} | {(ours / before).ToString("F2", CultureInfo.InvariantCulture)} | {Pct(Percent(r, Before))} | {Pct(Percent(r, Ours))} | " +
                     $"{Median(r, x => x.BeforeStartMs.Count == 0 ? double.NaN : x.BeforeStartMs.Average()).ToString("F3", CultureInfo.InvariantCulture)} | " +
                     $"{Median(r, x => x.OursStartMs.Count == 0 ? double.NaN : x.OursStartMs.Average()).ToString("F3", CultureInfo.InvariantCulture)} | " +
                     $"{Ms(Wall(r, Before))} | {Ms(Wall(r, Ours))} |");
            }
        }

        Line();
        Line("## Wall time of a whole analysis, binding included (ms)");
        Line();
        Line("GetAnalyzerDiagnosticsAsync on a fresh compilation. The driver binds only what its analyzers need: nothing for `empty` " +
             "(and for `ours` where no egress API is referenced), every method body plus its IOperation tree for an analyzer with operation actions. " +
             "`no-op ops` subscribes to the operations our rules use and does nothing: `ours − no-op` (both from the first run, measured back to back) is what our code adds on top of the driver cost " +
             "that every operation analyzer shares (the SDK's default CA rules are operation analyzers too). `binding CPU` is the process CPU time of binding alone: " +
             "on a quiet machine it is close to the wall time.");
        Line();
        Line("| corpus | binding alone | binding CPU | + empty | + no-op ops | + ours | + SCS | ours − no-op |");
        Line("|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            Line($"| {r.Corpus.Spec.Label} | {Ms(Median(r, x => x.Binding.WallMs))} | {Ms(Median(r, x => x.Binding.CpuMs))} | {Ms(Wall(r, Empty))} | {Ms(Wall(r, NoOp))} | {Ms(Wall(r, Ours))} | {Ms(Wall(r, Scs))} | " +
                 $"{(OursBound(r) ? Ms(FirstRun(r, Ours) - FirstRun(r, NoOp)) : "nothing bound")} |");
        }

        Line();
        Line("## Memory (MB)");
        Line();
        Line("Peak GC heap while each phase ran (sampled every 5 ms; it includes the parsed corpus, the metadata and everything else alive: `heap before` is the heap after a full collection just before the first binding), and the bytes each phase allocated.");
        Line();
        Line("| corpus | heap before | peak heap: binding / + empty / + no-op ops / + ours / + SCS | allocated: binding / + empty / + no-op ops / + ours / + SCS | ours − no-op allocated |");
        Line("|---|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            string Peaks(Func<PhaseResult?, long?> f) =>
                string.Join(" / ", new Func<RunResult, PhaseResult?>[] { x => x.Binding, x => Get(x, Empty), x => Get(x, NoOp), x => Get(x, Ours), x => Get(x, Scs) }
                    .Select(g => Mb(Median(r, x => f(g(x)) is { } v ? v : double.NaN))));
            Line($"| {r.Corpus.Spec.Label} | {Mb(r.HeapBeforeBytes)} | {Peaks(p => p?.PeakHeapBytes)} | {Peaks(p => p?.AllocatedBytes)} | " +
                 $"{(OursBound(r) ? Mb(Median(r, x => Get(x, Ours)?.AllocatedBytes ?? double.NaN) - Median(r, x => Get(x, NoOp)?.AllocatedBytes ?? double.NaN)) : "nothing bound")} |");
        }

        Line();
        Line($"Peak working set of the whole process: {Mb(results.SelectMany(r => r.Runs).SelectMany(x => x.Analysis.Values.Append(x.Binding)).Max(p => p.PeakWorkingSetBytes))} MB.");
        Line();

        Line("## What was reported");
        Line();
        Line("| corpus | compiler warnings | ours | SCS |");
        Line("|---|---|---|---|");
        foreach (var r in results)
        {
            var last = r.Runs[^1];
            Line($"| {r.Corpus.Spec.Label} | {Diagnostics(r.CompilerWarnings, 4)} | {Diagnostics(Get(last, Ours)?.DiagnosticsById, 10)} | {Diagnostics(Get(r.Runs[0], Scs)?.DiagnosticsById, 5)} |");
        }

        Line();
        Line("## Spread (min – max over the runs, ms)");
        Line();
        Line("| corpus | binding | ours | empty | SCS |");
        Line("|---|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            Line($"| {r.Corpus.Spec.Label} | {Spread(r, x => x.Binding.WallMs)} | {Spread(r, x => Get(x, Ours)?.AnalyzerMs)} | {Spread(r, x => Get(x, Empty)?.AnalyzerMs)} | {Spread(r, x => Get(x, Scs)?.AnalyzerMs)} |");
        }

        Line();
        Line("## Per analyzer (ms, median)");
        Line();
        Line("| analyzer | " + string.Join(" | ", results.Select(r => r.Corpus.Spec.Label)) + " |");
        Line("|---|" + string.Concat(results.Select(_ => "--:|")));
        foreach (var (set, name) in PerAnalyzerRows(results))
        {
            Line($"| {set}: {name} | " + string.Join(" | ", results.Select(r => Ms(Median(r, x => Get(x, set)?.PerAnalyzerMs.GetValueOrDefault(name) ?? double.NaN)))) + " |");
        }

        return (text.ToString(), passed);
    }

    private static IEnumerable<(string Set, string Name)> PerAnalyzerRows(IReadOnlyList<CorpusResult> results)
    {
        foreach (var set in new[] { Ours, Scs })
        {
            var names = results.SelectMany(r => r.Runs).Select(x => Get(x, set)).Where(p => p is not null)
                .SelectMany(p => p!.PerAnalyzerMs)
                .GroupBy(kv => kv.Key)
                .OrderByDescending(g => g.Sum(kv => kv.Value))
                .Select(g => g.Key);
            foreach (var name in set == Ours ? names : names.Take(6))
            {
                yield return (set, name);
            }
        }
    }

    /// <summary>Every phase of every run, one line each, for whoever wants to look further than the medians.</summary>
    public static string RawCsv(IReadOnlyList<CorpusResult> results)
    {
        var text = new StringBuilder("corpus,lines,files,egress_sites,run,phase,wall_ms,cpu_ms,analyzer_ms,allocated_bytes,peak_heap_bytes,peak_working_set_bytes\n");
        foreach (var r in results)
        {
            for (var run = 0; run < r.Runs.Count; run++)
            {
                foreach (var (phase, p) in r.Runs[run].Analysis.Prepend(new("binding", r.Runs[run].Binding)))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{r.Corpus.Spec.Key},{r.Corpus.Lines},{r.Corpus.Files},{r.Corpus.EgressSites},{run + 1},{phase},")
                        .Append(CultureInfo.InvariantCulture, $"{p.WallMs:F1},{p.CpuMs:F1},{p.AnalyzerMs:F1},{p.AllocatedBytes},{p.PeakHeapBytes},{p.PeakWorkingSetBytes}\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether our analyzers made the driver bind the corpus (they register operation actions only where
    /// an egress API is referenced); where they did not, subtracting the no-op baseline means nothing.
    /// </summary>
    private static bool OursBound(CorpusResult r) => Wall(r, Ours) > Median(r, x => x.Binding.WallMs) / 2;

    private static PhaseResult? Get(RunResult run, string set) => run.Analysis.GetValueOrDefault(set);

    private static string SetColumns(CorpusResult r, string set) =>
        r.Runs.Any(x => Get(x, set) is not null)
            ? $"{Ms(Median(r, x => Get(x, set)?.AnalyzerMs ?? double.NaN))} | {Pct(Percent(r, set))}"
            : "- | -";

    /// <summary>The median over the runs of (analyzer time / binding time of the same run).</summary>
    private static double Percent(CorpusResult r, string set) =>
        Median(r, x => Get(x, set) is { } p ? p.AnalyzerMs / x.Binding.WallMs * 100 : double.NaN);

    private static double FirstRun(CorpusResult r, string set) => Get(r.Runs[0], set)?.WallMs ?? double.NaN;

    private static double Wall(CorpusResult r, string set) => Median(r, x => Get(x, set)?.WallMs ?? double.NaN);

    private static double Median(CorpusResult r, Func<RunResult, double> value)
    {
        var values = r.Runs.Select(value).Where(v => !double.IsNaN(v)).OrderBy(v => v).ToList();
        if (values.Count == 0)
        {
            return double.NaN;
        }

        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static string Spread(CorpusResult r, Func<RunResult, double?> value)
    {
        var values = r.Runs.Select(value).Where(v => v is not null).Select(v => v!.Value).ToList();
        return values.Count == 0 ? "-" : $"{Ms(values.Min())} – {Ms(values.Max())}";
    }

    private static string Diagnostics(IReadOnlyDictionary<string, int>? byId, int top)
    {
        if (byId is null)
        {
            return "-";
        }

        if (byId.Count == 0)
        {
            return "none";
        }

        var shown = byId.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top)
            .Select(kv => $"{kv.Key} ×{kv.Value:N0}");
        var rest = byId.Count - top;
        return string.Join(", ", shown) + (rest > 0 ? $", {rest} more ids" : "");
    }

    private static string EgressText(int sites, int lines) =>
        sites == 0 ? "0" : $"{sites:N0} (1 per {lines / sites} lines)";

    private static string Ms(double ms) => double.IsNaN(ms) ? "-" : Math.Abs(ms) < 10 ? ms.ToString("F1", CultureInfo.InvariantCulture) : ms.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(double percent) => double.IsNaN(percent) ? "-" : percent.ToString(percent < 1 ? "F2" : "F1", CultureInfo.InvariantCulture) + "%";

    private static string Mb(double bytes) => double.IsNaN(bytes) ? "-" : (bytes / 1024.0 / 1024.0).ToString(Math.Abs(bytes) < 10 * 1024 * 1024 ? "F1" : "N0", CultureInfo.InvariantCulture);
}
