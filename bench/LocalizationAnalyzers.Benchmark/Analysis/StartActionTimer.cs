using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Benchmark.Analysis;

/// <summary>
/// Times the compilation start actions of an analyzer set alone, per compilation: what every project
/// pays before any of its code is looked at. The actions run as the driver runs them (on a fresh
/// compilation, with the harness's options), but whatever they register is dropped.
/// </summary>
internal sealed class StartActionTimer
{
    private readonly List<Action<CompilationStartAnalysisContext>> _actions = [];
    private readonly AnalyzerOptions _options;

    public StartActionTimer(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        _options = options;
        var context = new CapturingContext(_actions);
        foreach (var analyzer in analyzers)
        {
            analyzer.Initialize(context);
        }
    }

    /// <summary>Milliseconds the start actions took on this (fresh, unbound) compilation.</summary>
    public double Measure(Compilation compilation)
    {
        var context = new DroppingStartContext(compilation, _options);
        var stopwatch = Stopwatch.StartNew();
        foreach (var action in _actions)
        {
            action(context);
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private sealed class CapturingContext(List<Action<CompilationStartAnalysisContext>> actions) : AnalysisContext
    {
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => actions.Add(action);

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }
    }

    private sealed class DroppingStartContext(Compilation compilation, AnalyzerOptions options)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        {
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        {
        }
    }
}
