using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// Personal data handed to a helper method of the same compilation that sends it (SPEC §3, at least two
/// calls deep). While the compilation is analysed, sites whose payload comes from a parameter record
/// their method as a sender, and calls to source methods are remembered; when the whole compilation is
/// known, each call that hands personal data to a sender is reported (DLOC001/DLOC004, and its DLOC100
/// row). The helper alone stays neutral: other callers may pass harmless values.
/// </summary>
internal sealed class HelperFlows
{
    /// <summary>How many helpers deep a hand-over is followed (caller → helper → helper → site).</summary>
    private const int MaxDepth = 3;

    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentBag<Sender>> _senders = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentBag<IInvocationOperation> _calls = new();
    private readonly PolicyProvider _policies;
    private readonly RecognizerProvider _recognizers;
    private readonly LocationCatalog _catalog;

    public HelperFlows(PolicyProvider policies, RecognizerProvider recognizers, LocationCatalog catalog)
    {
        _policies = policies;
        _recognizers = recognizers;
        _catalog = catalog;
    }

    /// <summary>A call to a method declared in this compilation, with arguments: a possible hand-over.</summary>
    public void RecordCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.Parameters.Length > 0 && !method.IsExtern &&
            method.Parameters.Any(p => CanCarryData(p.Type)) &&
            method.OriginalDefinition.Locations.FirstOrDefault() is { IsInSource: true })
        {
            _calls.Add(call);
        }
    }

    /// <summary>Numbers, flags, enums and cancellation tokens never carry personal data to a helper.</summary>
    private static bool CanCarryData(ITypeSymbol type) =>
        type.TypeKind != TypeKind.Enum &&
        type.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
            or SpecialType.System_Double) &&
        type.Name != "CancellationToken";

    /// <summary>The site sends (some of) its method's parameters.</summary>
    public void RecordSender(EgressSite site, Payload payload)
    {
        foreach (var parameter in payload.Parameters)
        {
            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                _senders.GetOrAdd(method.OriginalDefinition, _ => new ConcurrentBag<Sender>())
                    .Add(new Sender(parameter.Ordinal, site.ShortApi, site.Api, site.Kind, site.Endpoint, 1));
            }
        }
    }

    public void Report(CompilationAnalysisContext context)
    {
        var reported = new HashSet<(IInvocationOperation, int, string)>();
        var calls = _calls.ToList();
        for (var round = 0; round < MaxDepth && !_senders.IsEmpty; round++)
        {
            var grew = false;
            foreach (var call in calls)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!_senders.TryGetValue(call.TargetMethod.OriginalDefinition, out var senders))
                {
                    continue;
                }

                foreach (var sender in senders.ToArray())
                {
                    if (call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == sender.Ordinal) is not { ArgumentKind: not ArgumentKind.DefaultValue } argument ||
                        !reported.Add((call, sender.Ordinal, sender.Api)))
                    {
                        continue;
                    }

                    var policy = _policies.For(call.Syntax.SyntaxTree);
                    var payload = PayloadTracer.Trace(new[] { argument.Value }, _recognizers.For(policy));
                    grew |= Forward(call, payload, sender);
                    if (!payload.HasPersonalData)
                    {
                        continue;
                    }

                    var site = new EgressSite(call, sender.Api, sender.ShortApi, sender.Kind, null, sender.Endpoint, System.Collections.Immutable.ImmutableArray.Create(argument.Value));
                    var judgement = SiteJudgement.Of(site, policy, _catalog);
                    if (judgement.IsNoDestination)
                    {
                        continue;
                    }

                    var diagnostic = PersonalDataRule.Evaluate(CallDisplay(call, sender), call.Syntax.GetLocation(), judgement, payload, policy, throughHelper: true);
                    if (diagnostic is not null)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }

                    context.ReportDiagnostic(InventoryRule.Create(site, judgement, policy, payload, diagnostic?.Id ?? "", throughHelper: true));
                }
            }

            if (!grew)
            {
                break;
            }
        }
    }

    /// <summary>The caller hands on one of its own parameters: it becomes a sender too (one level deeper).</summary>
    private bool Forward(IInvocationOperation call, Payload payload, Sender sender)
    {
        if (sender.Depth >= MaxDepth || payload.Parameters.IsEmpty)
        {
            return false;
        }

        var grew = false;
        foreach (var parameter in payload.Parameters)
        {
            if (parameter.ContainingSymbol is IMethodSymbol caller)
            {
                _senders.GetOrAdd(caller.OriginalDefinition, _ => new ConcurrentBag<Sender>())
                    .Add(sender with { Ordinal = parameter.Ordinal, Depth = sender.Depth + 1 });
                grew = true;
            }
        }

        return grew;
    }

    /// <summary>"CrmClient.PushContact → HttpClient.PostAsJsonAsync": the call and what it ends in.</summary>
    private static string CallDisplay(IInvocationOperation call, Sender sender) =>
        call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name + " (through " + sender.ShortApi + ")";

    private sealed record Sender(int Ordinal, string ShortApi, string Api, EgressKind Kind, ResolvedEndpoint Endpoint, int Depth);
}
