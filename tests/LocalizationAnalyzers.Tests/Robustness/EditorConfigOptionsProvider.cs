using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Analyzer options as the compiler computes them from .editorconfig / .globalconfig files: the real
/// editorconfig parser and section matching (<see cref="AnalyzerConfigSet"/>), so keys are lower-cased,
/// inline comments stripped and sections merged exactly as in a build. Files with the same effective
/// options share one options object, as they do in the compiler.
/// </summary>
internal sealed class EditorConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;
    private readonly ConditionalWeakTable<ImmutableDictionary<string, string>, DictionaryOptions> _shared = new();
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

    /// <param name="files">(path, text) of each config file; a file starting with is_global = true is a global config.</param>
    public EditorConfigOptionsProvider(params (string Path, string Text)[] files)
    {
        _set = AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToImmutableArray(), out var diagnostics);
        ConfigDiagnostics = diagnostics;
        GlobalOptions = Share(_set.GlobalConfigOptions.AnalyzerOptions);
    }

    /// <summary>A policy given as global config lines, the way the sample and the tests write it.</summary>
    public static EditorConfigOptionsProvider Global(params string[] lines) =>
        new(("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n"));

    /// <summary>What the compiler itself says about the config files (e.g. a key set by two global configs).</summary>
    public ImmutableArray<Diagnostic> ConfigDiagnostics { get; }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    private AnalyzerConfigOptions ForPath(string path) =>
        _byPath.GetOrAdd(path, p => Share(_set.GetOptionsForSourcePath(p).AnalyzerOptions));

    private DictionaryOptions Share(ImmutableDictionary<string, string> values) =>
        _shared.GetValue(values, v => new DictionaryOptions(v));

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values.WithComparers(KeyComparer);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
