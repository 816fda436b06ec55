using System.Collections.Immutable;
using System.Text;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Concurrent execution changes nothing a user sees: the same diagnostics, messages, additional
/// locations and fix properties, run after run; and cancellation stops an analysis promptly.
/// </summary>
public class DeterminismTests
{
    private static readonly string[] Members = { "USEast1", "EUWest1", "CNNorth1", "APEast1", "EUCentral1", "CNNorthWest1", "USWest2", "APSoutheast1" };
    private static readonly string[] Ids = { "us-east-1", "cn-north-1", "eu-west-2", "ap-east-1", "cn-northwest-1", "eu-west-1" };

    /// <summary>
    /// China for the project, the EU for one folder; one region approved, one preferred; two bad values and,
    /// in the EU folder, a preferred region its jurisdiction forbids: each problem must be reported exactly
    /// once however many threads meet it.
    /// </summary>
    private static readonly EditorConfigOptionsProvider Policy = new(
        ("/.globalconfig", """
            is_global = true
            data_localization.jurisdiction = CN, XX
            data_localization.approved_regions = eu-west-1
            data_localization.preferred_regions = aws:cn-northwest-1
            data_localization.approved_hosts = https://api.partner.cn
            """),
        ("/src/.editorconfig", """
            [eu/**.cs]
            data_localization.jurisdiction = EU
            """));

    private readonly ITestOutputHelper _output;

    public DeterminismTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Concurrent_runs_report_the_same_diagnostics_every_time()
    {
        var trees = Sources(files: 60).ToArray();
        var sequential = Describe(AnalyzerHarness.Analyze(AnalyzerHarness.Compile(trees), Policy, AnalyzerHarness.Bound(TimeSpan.FromMinutes(2))));

        Assert.Equal(3, sequential.Count(d => d.StartsWith(RuleIdentifiers.InvalidPolicy, StringComparison.Ordinal)));
        Assert.Contains(sequential, d => d.Contains("outside the approved jurisdiction CN;", StringComparison.Ordinal));
        Assert.Contains(sequential, d => d.Contains("outside the approved jurisdiction EU;", StringComparison.Ordinal));
        Assert.True(sequential.Length > 200, $"only {sequential.Length} diagnostics");

        for (var run = 0; run < 10; run++)
        {
            // A new compilation each time: nothing cached by the compiler or by a previous run carries over.
            var result = AnalyzerHarness.Analyze(AnalyzerHarness.Compile(trees), Policy, AnalyzerHarness.Bound(TimeSpan.FromMinutes(2)), concurrent: true);
            Assert.Empty(result.Failures);
            var concurrent = Describe(result);
            Assert.True(sequential.SequenceEqual(concurrent), $"run {run} differs:\n" + string.Join("\n", concurrent.Except(sequential).Concat(sequential.Except(concurrent)).Take(10)));
        }

        _output.WriteLine($"{sequential.Length} diagnostics identical across 1 sequential and 10 concurrent runs");
    }

    [Fact]
    public async Task Cancellation_stops_the_analysis_of_a_large_compilation_promptly()
    {
        var compilation = AnalyzerHarness.Compile(Sources(files: 200).ToArray());
        using var started = new SemaphoreSlim(0);
        using var cancellation = new CancellationTokenSource();
        var analysis = Task.Run(() => AnalyzerHarness.Analyze(compilation, new SignallingOptions(Policy, started), cancellation.Token, concurrent: true));

        // Cancel once the analyzers are running (the compilation is far too large to finish in between).
        Assert.True(await started.WaitAsync(TimeSpan.FromMinutes(2)), "the analysis never started");
        cancellation.Cancel();
        var outcome = await Record.ExceptionAsync(() => analysis.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsAssignableFrom<OperationCanceledException>(outcome);

        // Nothing of the cancelled run leaks into the next one.
        var afterwards = AnalyzerHarness.Analyze(compilation, Policy, AnalyzerHarness.Bound(TimeSpan.FromMinutes(3)), concurrent: true);
        Assert.Empty(afterwards.Failures);
        var fresh = Describe(AnalyzerHarness.Analyze(AnalyzerHarness.Compile(Sources(files: 200).ToArray()), Policy, AnalyzerHarness.Bound(TimeSpan.FromMinutes(3)), concurrent: true));
        var again = Describe(afterwards);
        Assert.True(fresh.SequenceEqual(again), $"{fresh.Length} vs {again.Length}\n" + string.Join("\n", fresh.Except(again).Select(d => "- " + d).Concat(again.Except(fresh).Select(d => "+ " + d)).Take(10)));
    }

    /// <summary>Everything a user or a code fix sees of each diagnostic, in the order the compiler prints them.</summary>
    private static ImmutableArray<string> Describe(AnalyzerHarness.Result result) =>
        result.Sorted.Select(d =>
        {
            var text = new StringBuilder($"{d.Id} {AnalyzerHarness.Where(d.Location)} {d.Location.SourceSpan} {d.Severity}: {d.GetMessage()}");
            foreach (var location in d.AdditionalLocations)
            {
                text.Append($" | also {AnalyzerHarness.Where(location)} {location.SourceSpan}");
            }

            foreach (var property in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append($" | {property.Key}={property.Value}");
            }

            return text.ToString();
        }).ToImmutableArray();

    /// <summary>Files using regions in every form the rules know, some under the EU folder's policy.</summary>
    private static IEnumerable<SyntaxTree> Sources(int files)
    {
        for (var i = 0; i < files; i++)
        {
            string M(int k) => Members[(i + k) % Members.Length];
            string Id(int k) => Ids[(i * 3 + k) % Ids.Length];
            var source = $$"""
                using Amazon;
                using Amazon.DynamoDBv2;
                using Amazon.Extensions.NETCore.Setup;
                using Amazon.S3;
                using Amazon.SQS;

                namespace Shop.Part{{i}};

                static partial class Settings
                {
                    public const string QueueRegion = "{{Id(0)}}";
                }

                class Clients
                {
                    static readonly RegionEndpoint Home = RegionEndpoint.{{M(0)}};

                    AmazonS3Client Storage() => new AmazonS3Client(RegionEndpoint.{{M(1)}});
                    AmazonS3Client Backup() => new AmazonS3Client(Home);
                    AmazonSQSClient Queue() => new AmazonSQSClient(new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(Settings.QueueRegion) });
                    AmazonDynamoDBClient Table(bool primary) => new AmazonDynamoDBClient(primary ? RegionEndpoint.{{M(2)}} : RegionEndpoint.{{M(3)}});
                    AWSOptions Options() => new AWSOptions { Region = RegionEndpoint.GetBySystemName("{{Id(1)}}") };

                    AmazonS3Client Local()
                    {
                        var region = "{{Id(2)}}";
                        var config = new AmazonS3Config();
                        config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
                        return new AmazonS3Client(config);
                    }

                    bool IsHome(RegionEndpoint region) => region == RegionEndpoint.{{M(4)}};
                }
                """;
            var folder = i % 4 == 0 ? "eu/" : "";
            yield return AnalyzerHarness.Parse(source, $"/src/{folder}Part{i:D3}.cs");
        }
    }

    /// <summary>The policy, signalling when an analyzer first asks for a file's options: the analysis is under way.</summary>
    private sealed class SignallingOptions : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptionsProvider _inner;
        private readonly SemaphoreSlim _started;

        public SignallingOptions(AnalyzerConfigOptionsProvider inner, SemaphoreSlim started)
        {
            _inner = inner;
            _started = started;
        }

        public override AnalyzerConfigOptions GlobalOptions => _inner.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
        {
            _started.Release();
            return _inner.GetOptions(tree);
        }

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);
    }
}
