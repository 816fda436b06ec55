using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer on a compilation directly, for assertions the Roslyn testing framework does not
/// offer (diagnostic properties, exceptions, ordering).
/// </summary>
internal static class AnalyzerRunner
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(string source, params string[] policyLines) =>
        RunAsync(source, Array.Empty<(string, string)>(), policyLines);

    /// <summary>With additional files (appsettings*.json), given as path and text.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, IEnumerable<(string Path, string Text)> additionalFiles, params string[] policyLines)
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") },
            TargetFramework.References.Concat(SdkAssemblies.All),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(
            additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
            new GlobalOptionsProvider(policyLines));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DataLocalizationAnalyzer());
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options, (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        if (exceptions.Count > 0)
        {
            throw new AggregateException(exceptions);
        }

        return diagnostics;
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The same options for every file, as a .globalconfig gives them.</summary>
    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _options;

        public GlobalOptionsProvider(IEnumerable<string> lines) =>
            _options = new DictionaryOptions(lines
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .ToImmutableDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase));

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
