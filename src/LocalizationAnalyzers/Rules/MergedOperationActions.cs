using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// The compilation start context the rules register on: everything is passed through to the driver's,
/// except operation actions, which are gathered and registered as one action per operation kind when
/// <see cref="Complete"/> is called. The driver charges every registered action for every operation of
/// its kinds (a context, a timer, a suppression check), so with several rules on invocations or member
/// references one callback that runs them in turn costs a fraction of one callback each. Each rule still
/// bails out on its own first check.
/// </summary>
internal sealed class MergedOperationActions : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _inner;
    private readonly Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> _byKind = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1012", Justification = "Everything registered on this context is registered on the inner one, operation actions in Complete().")]
    public MergedOperationActions(CompilationStartAnalysisContext inner)
        : base(inner.Compilation, inner.Options, inner.CancellationToken) => _inner = inner;

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        foreach (var kind in operationKinds)
        {
            if (!_byKind.TryGetValue(kind, out var actions))
            {
                _byKind[kind] = actions = new List<Action<OperationAnalysisContext>>();
            }

            actions.Add(action);
        }
    }

    /// <summary>Registers the gathered operation actions with the driver: one per kind (kinds with the same actions share one).</summary>
    public void Complete()
    {
        foreach (var group in _byKind.GroupBy(kv => kv.Value, ActionListComparer.Instance))
        {
            var actions = group.Key.ToArray();
            var kinds = group.Select(kv => kv.Key).ToImmutableArray();
            if (actions.Length == 1)
            {
                _inner.RegisterOperationAction(actions[0], kinds);
                continue;
            }

            _inner.RegisterOperationAction(
                context =>
                {
                    foreach (var action in actions)
                    {
                        action(context);
                    }
                },
                kinds);
        }
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(action);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(action);

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(action, symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _inner.RegisterSymbolStartAction(action, symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _inner.RegisterCodeBlockStartAction(action);

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(action);

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(action);

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(action);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        _inner.RegisterSyntaxNodeAction(action, syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(action);

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(action);

    private sealed class ActionListComparer : IEqualityComparer<List<Action<OperationAnalysisContext>>>
    {
        public static readonly ActionListComparer Instance = new();

        public bool Equals(List<Action<OperationAnalysisContext>>? x, List<Action<OperationAnalysisContext>>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<Action<OperationAnalysisContext>> obj) => obj.Count;
    }
}
