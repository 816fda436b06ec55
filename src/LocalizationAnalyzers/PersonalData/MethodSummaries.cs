using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// What a method of this compilation returns (SPEC §3): the personal data it reads (a mapper's
/// <c>customer.Email</c>, a builder's <c>_email</c>) and which of its parameters its result carries
/// (<c>ToDto(customer)</c>, <c>Describe(email)</c>), so a call to it in a payload is followed into its body.
/// Computed lazily, only for methods whose results reach an egress site, once per method and depth, and
/// bounded: at most <see cref="MaxDepth"/> calls deep, <see cref="MaxReturns"/> return statements per method,
/// and the tracer's own visit limit. A summary is a function of the method and the depth alone, so the
/// answer does not depend on which site asked first (deterministic under concurrent analysis).
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>How many calls deep a returned value is followed (payload → mapper → mapper → mapper).</summary>
    public const int MaxDepth = 3;

    private const int MaxReturns = 16;

    private readonly Compilation _compilation;
    private readonly PersonalDataRecognizer _recognizer;

    // One cache per remaining depth: a summary at depth d consults its callees at depth d - 1.
    private readonly ConcurrentDictionary<IMethodSymbol, ReturnSummary>[] _summaries;

    public MethodSummaries(Compilation compilation, PersonalDataRecognizer recognizer)
    {
        _compilation = compilation;
        _recognizer = recognizer;
        _summaries = new ConcurrentDictionary<IMethodSymbol, ReturnSummary>[MaxDepth + 1];
        for (var i = 0; i < _summaries.Length; i++)
        {
            _summaries[i] = new ConcurrentDictionary<IMethodSymbol, ReturnSummary>(SymbolEqualityComparer.Default);
        }
    }

    /// <summary>The method's summary, or null when it has no body here (metadata, abstract, interface) or returns nothing that can carry data.</summary>
    /// <param name="depth">Remaining depth, 1..<see cref="MaxDepth"/>.</param>
    public ReturnSummary? Returns(IMethodSymbol method, int depth)
    {
        method = method.OriginalDefinition;
        if (depth <= 0 || depth > MaxDepth || method.ReturnsVoid || method.IsAbstract || method.IsExtern ||
            method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction) ||
            method.DeclaringSyntaxReferences.Length != 1 || !CanCarryData(method.ReturnType))
        {
            return null;
        }

        var summary = _summaries[depth].GetOrAdd(method, m => Compute(m, depth));
        return summary.IsEmpty ? null : summary;
    }

    private ReturnSummary Compute(IMethodSymbol method, int depth)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();

        // The driver's compilation shares its semantic models (and their bound bodies) with the analyzers, so
        // this binds at most the one method body, once per method and depth, for methods reached from payloads.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel(): the body of another file's method has no other way in.
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetOperation(syntax) is not { } body)
        {
            return ReturnSummary.Empty;
        }

        var returned = body.Descendants()
            .OfType<IReturnOperation>()
            .Where(r => r.ReturnedValue is not null && OwnReturn(r, body))
            .Take(MaxReturns)
            .Select(r => r.ReturnedValue!)
            .ToList();
        if (returned.Count == 0)
        {
            return ReturnSummary.Empty;
        }

        var (payload, readsInstance) = PayloadTracer.TraceReturns(returned, _recognizer, this, depth - 1);
        var ordinals = payload.Parameters
            .Where(p => SymbolEqualityComparer.Default.Equals(p.ContainingSymbol?.OriginalDefinition, method))
            .Select(p => p.Ordinal)
            .Distinct()
            .OrderBy(o => o)
            .ToImmutableArray();
        readsInstance &= !method.IsStatic;
        return payload.Data.IsEmpty && ordinals.IsEmpty && !readsInstance ? ReturnSummary.Empty : new ReturnSummary(payload.Data, ordinals, readsInstance);
    }

    /// <summary>A return of the method itself, not of a lambda or local function inside it.</summary>
    private static bool OwnReturn(IReturnOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Flags, numbers and enums returned carry no personal data worth following (an id is not the person's data by itself).</summary>
    private static bool CanCarryData(ITypeSymbol type) =>
        type.TypeKind != TypeKind.Enum &&
        type.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double
            or SpecialType.System_Decimal or SpecialType.System_Single or SpecialType.System_Byte or SpecialType.System_Int16);
}

/// <summary>What a method's result carries: personal data read in its body, the parameters (by ordinal) it passes through, and whether the object it runs on.</summary>
internal sealed class ReturnSummary
{
    public static readonly ReturnSummary Empty = new(ImmutableArray<PersonalDataInfo>.Empty, ImmutableArray<int>.Empty, readsInstance: false);

    public ReturnSummary(ImmutableArray<PersonalDataInfo> data, ImmutableArray<int> parameters, bool readsInstance)
    {
        Data = data;
        Parameters = parameters;
        ReadsInstance = readsInstance;
    }

    /// <summary>The result reads the object's own members: a builder's Build() carries what was put into the builder.</summary>
    public bool ReadsInstance { get; }

    public ImmutableArray<PersonalDataInfo> Data { get; }

    public ImmutableArray<int> Parameters { get; }

    public bool IsEmpty => Data.IsEmpty && Parameters.IsEmpty && !ReadsInstance;
}
