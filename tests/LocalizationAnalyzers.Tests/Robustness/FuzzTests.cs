using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Broken code never crashes the analyzers: the rule tests' sources and the sample, mutated token by
/// token (deleted, duplicated, swapped, cut off), analysed by every analyzer of the package. Seeded and
/// deterministic; DLOC_FUZZ_ITERATIONS=100000 (and optionally DLOC_FUZZ_SEED) runs a longer campaign.
/// </summary>
public class FuzzTests
{
    private const int DefaultRandomMutants = 2500;
    private const int DefaultSeed = 7_0007;

    /// <summary>Files cut after every one of their tokens: one rule test source per kind of code, and a sample file.</summary>
    private const int TruncatedFiles = 3;

    /// <summary>Analyzer options with a full policy: every key of SPEC §2 that has a value to parse.</summary>
    internal static readonly EditorConfigOptionsProvider Policy = EditorConfigOptionsProvider.Global(
        "data_localization.jurisdiction = CN",
        "data_localization.approved_regions = aws:cn-northwest-1, eu-west-1",
        "data_localization.approved_hosts = api.partner.cn, *.corp.example",
        "data_localization.host_jurisdictions = llm-cn.acme.internal=CN",
        "data_localization.preferred_regions = aws:cn-north-1",
        "data_localization.personal_data_types = Shop.Customer",
        "data_localization.personal_data_members = Shop.Order.ShippingAddress",
        "data_localization.personal_data_attributes = Shop.SensitiveAttribute",
        "data_localization.not_personal_data_members = Shop.Order.TrackingNumber",
        "data_localization.name_heuristics = true",
        "data_localization.internal_hosts = unapproved");

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_sources_never_make_an_analyzer_throw()
    {
        var corpus = FuzzCorpus.Load();
        Assert.True(corpus.Count >= 20, $"the fuzz corpus has only {corpus.Count} sources; are the rule tests and the sample where RepositoryRoot says?");
        Assert.Contains(AnalyzerHarness.AllAnalyzers, a => a is DataLocalizationAnalyzer);

        var randomMutants = ReadSetting("DLOC_FUZZ_ITERATIONS", DefaultRandomMutants);
        var seed = ReadSetting("DLOC_FUZZ_SEED", DefaultSeed);
        var mutators = corpus.Select(e => new Mutator(e.Source)).ToArray();

        // Truncation at every token boundary of a few files: the largest rule-test source and sample file.
        var truncated = Enumerable.Range(0, corpus.Count)
            .OrderByDescending(i => mutators[i].TokenCount).ThenBy(i => corpus[i].Name, StringComparer.Ordinal)
            .Where(i => !corpus[i].Name.Contains('#')).Take(1)
            .Concat(Enumerable.Range(0, corpus.Count)
                .Where(i => corpus[i].Name.Contains('#'))
                .OrderByDescending(i => mutators[i].TokenCount).ThenBy(i => corpus[i].Name, StringComparer.Ordinal)
                .Take(TruncatedFiles - 1))
            .ToArray();
        var truncations = truncated.SelectMany(f => Enumerable.Range(0, mutators[f].TokenCount).Select(t => (File: f, Token: t))).ToArray();
        var total = truncations.Length + randomMutants;

        var failures = new ConcurrentBag<string>();
        var withFindings = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, total, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string name, text;
            if (i < truncations.Length)
            {
                var (file, token) = truncations[i];
                name = $"{corpus[file].Name} cut after token {token}";
                text = mutators[file].TruncateAfter(token);
            }
            else
            {
                var random = new Random(HashCode.Combine(seed, i));
                var file = random.Next(corpus.Count);
                text = mutators[file].Mutate(random, out var what);
                name = $"{corpus[file].Name}: {what} (seed {seed}, mutant {i})";
            }

            var result = Analyze(text, concurrent: i % 16 == 0);
            foreach (var failure in result.Failures)
            {
                failures.Add($"{name}\n{failure}\n--- source ---\n{text}\n--------------");
            }

            if (result.Diagnostics.Any(d => d.Id.StartsWith("DLOC", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref withFindings);
            }
        });
        clock.Stop();

        _output.WriteLine($"{total} mutants ({truncations.Length} truncations of {string.Join(", ", truncated.Select(f => corpus[f].Name))}; " +
                          $"{randomMutants} random, seed {seed}) from {corpus.Count} sources, {AnalyzerHarness.AllAnalyzers.Length} analyzer(s), " +
                          $"in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores; {withFindings} mutants still had DLOC findings");
        Assert.True(failures.IsEmpty, $"{failures.Count} analyzer failure(s); first:\n" + string.Join("\n", failures.Take(3)));

        // The mutants must still reach the rules, or this test would prove nothing.
        Assert.True(withFindings > total / 10, $"only {withFindings} of {total} mutants produced any DLOC diagnostic");
    }

    [Fact]
    public void The_corpus_holds_the_rule_tests_and_the_sample_without_test_markup()
    {
        var corpus = FuzzCorpus.Load();
        Assert.Contains(corpus, e => e.Name.StartsWith("CloudRegionRuleTests.cs#", StringComparison.Ordinal));
        Assert.Contains(corpus, e => e.Name == "Startup/AwsSetup.cs");
        Assert.DoesNotContain(corpus, e => e.Source.Contains("{|#") || e.Source.Contains("|}"));

        // A stripped test source is the compilable code under test: the first rule test still reports DLOC002.
        var first = corpus.First(e => e.Name == "CloudRegionRuleTests.cs#0");
        var result = Analyze(first.Source, concurrent: false);
        Assert.Empty(result.Failures);
        Assert.Equal(RuleIdentifiers.CloudRegionOutsideJurisdiction, Assert.Single(result.Diagnostics, d => d.Id != RuleIdentifiers.EgressInventory).Id);
    }

    [Fact]
    public void The_harness_catches_an_exception_inside_an_analyzer()
    {
        // Without this, a harness that swallowed exceptions would make every fuzz run pass.
        var result = AnalyzerHarness.Analyze(
            AnalyzerHarness.Compile(AnalyzerHarness.Parse("class C { }")),
            new ThrowingOptions(),
            AnalyzerHarness.Bound(TimeSpan.FromMinutes(1)));
        var failure = Assert.Single(result.Exceptions);
        Assert.StartsWith("AD0001 DataLocalizationAnalyzer: System.InvalidOperationException: options unavailable", failure);
        Assert.Equal(new[] { failure }, result.Failures);
    }

    [Fact]
    public void Mutations_are_reproducible_from_the_seed()
    {
        var mutator = new Mutator(FuzzCorpus.Load()[0].Source);
        var first = mutator.Mutate(new Random(42), out var firstWhat);
        var second = mutator.Mutate(new Random(42), out var secondWhat);
        Assert.Equal(first, second);
        Assert.Equal(firstWhat, secondWhat);
    }

    private static AnalyzerHarness.Result Analyze(string source, bool concurrent) =>
        AnalyzerHarness.Analyze(
            AnalyzerHarness.Compile(AnalyzerHarness.Parse(source, "/src/Mutant.cs")),
            Policy,
            AnalyzerHarness.Bound(TimeSpan.FromMinutes(1)),
            concurrent);

    private static int ReadSetting(string name, int defaultValue) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value >= 0 ? value : defaultValue;

    /// <summary>Options that fail when an analyzer reads a policy key (the driver's own lookups still work).</summary>
    private sealed class ThrowingOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Trap = new TrapOptions();

        public override AnalyzerConfigOptions GlobalOptions => Trap;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Trap;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Trap;

        private sealed class TrapOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = null;
                return key.StartsWith("data_localization.", StringComparison.Ordinal)
                    ? throw new InvalidOperationException("options unavailable")
                    : false;
            }
        }
    }
}
