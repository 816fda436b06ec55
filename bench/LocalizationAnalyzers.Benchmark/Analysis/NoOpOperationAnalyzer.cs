using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Benchmark.Analysis;

/// <summary>
/// The second baseline: subscribes to the operations our rules look at (member references, arguments,
/// invocations, object creations) and does nothing with them. Its time is what the analyzer driver
/// charges any analyzer of this shape, before the analyzer's own code runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
            start.RegisterOperationAction(
                static _ => { },
                OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.Argument,
                OperationKind.Invocation, OperationKind.ObjectCreation));
    }
}
