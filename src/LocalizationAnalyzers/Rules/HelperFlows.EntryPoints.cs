using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// Senders nobody in the compilation calls (SPEC §3, §5): when the method is an entry point (a controller
/// action, a minimal-API handler, a consumer, any public or interface-implementing method), its parameters
/// are outside input, recognised by name and attribute, and the send inside it is reported where it
/// happens: the egress call, or the call handing the parameter to a sending helper. Judged once the whole
/// compilation is known, after the hand-overs have been followed; a site already reported for other
/// personal data is not reported again.
/// </summary>
internal sealed partial class HelperFlows
{
    /// <summary>
    /// The site sends a parameter personal by its name or attribute from a method that may turn out to be
    /// an entry point, and nothing else personal: whether it sends personal data is known at compilation end.
    /// </summary>
    public static bool MaySendEntryPointData(Payload payload, PersonalDataRecognizer recognizer) =>
        !payload.HasPersonalData &&
        payload.Parameters.Any(p => p.ContainingSymbol is IMethodSymbol method && EntryPoints.MayBeEntryPoint(method) && recognizer.Recognize(p) is not null);

    /// <summary>Reports the sends of entry points' parameters; answers the places reported.</summary>
    public HashSet<IOperation> ReportEntryPoints(CompilationAnalysisContext context)
    {
        var reported = new HashSet<IOperation>();
        // Per place in code (the egress call or the hand-over call), the parameters it sends; in a stable order.
        var byPlace = new Dictionary<IOperation, List<Sender>>();
        foreach (var pair in _senders)
        {
            foreach (var sender in pair.Value)
            {
                if (!sender.Personal && SymbolEqualityComparer.Default.Equals(sender.Method, pair.Key))
                {
                    if (!byPlace.TryGetValue(sender.At, out var senders))
                    {
                        byPlace[sender.At] = senders = new List<Sender>();
                    }

                    senders.Add(sender);
                }
            }
        }

        var entryPoints = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        foreach (var place in byPlace.OrderBy(p => p.Key.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(p => p.Key.Syntax.SpanStart))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var at = place.Key;
            var policy = _policies.For(at.Syntax.SyntaxTree);
            var recognizer = _recognizers.For(policy);
            var data = new List<PersonalDataInfo>();
            Sender? first = null;
            foreach (var sender in place.Value.OrderBy(s => s.Ordinal).ThenBy(s => s.Api, System.StringComparer.Ordinal))
            {
                if (!entryPoints.TryGetValue(sender.Method, out var isEntryPoint))
                {
                    entryPoints[sender.Method] = isEntryPoint = _entryPoints.IsUncalledEntryPoint(sender.Method);
                }

                if (isEntryPoint && sender.Ordinal < sender.Method.Parameters.Length &&
                    recognizer.Recognize(sender.Method.Parameters[sender.Ordinal]) is { } info)
                {
                    data.Add(info);
                    first ??= sender;
                }
            }

            if (first is null)
            {
                continue;
            }

            var payload = new Payload(data.Distinct().ToImmutableArray(), ImmutableArray<IParameterSymbol>.Empty);
            var site = new EgressSite(at, first.Api, first.ShortApi, first.Kind, null, first.Endpoint);
            var judgement = SiteJudgement.Of(site, policy, _catalog);
            var diagnostic = PersonalDataRule.Evaluate(first.Display, at.Syntax.GetLocation(), judgement, payload, policy, throughHelper: true);
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
                reported.Add(at);
            }

            context.ReportDiagnostic(InventoryRule.Create(site, judgement, policy, payload, diagnostic?.Id ?? "", throughHelper: true));
        }

        return reported;
    }
}
