using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Benchmark.Analysis;

/// <summary>
/// The analyzer configuration of every file of a corpus: what a one-line .globalconfig
/// (data_localization.jurisdiction = CN) gives a real project. One options instance for all files,
/// as the compiler hands out for files under the same sections.
/// </summary>
internal sealed class PolicyOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    public PolicyOptionsProvider(IReadOnlyDictionary<string, string> values)
    {
        _options = new Options(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values)
        {
            _values = new Dictionary<string, string>(values, KeyComparer);
        }

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
