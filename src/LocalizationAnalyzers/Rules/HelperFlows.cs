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
internal sealed partial class HelperFlows
{
    /// <summary>How many helpers deep a hand-over is followed (caller → helper → helper → site).</summary>
    private const int MaxDepth = 3;

    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentBag<Sender>> _senders = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentBag<IInvocationOperation> _calls = new();
    private readonly PolicyProvider _policies;
    private readonly RecognizerProvider _recognizers;
    private readonly LocationCatalog _catalog;
    private readonly EntryPoints _entryPoints;

    public HelperFlows(PolicyProvider policies, RecognizerProvider recognizers, LocationCatalog catalog, EntryPoints entryPoints)
    {
        _policies = policies;
        _recognizers = recognizers;
        _catalog = catalog;
        _entryPoints = entryPoints;
    }

    /// <summary>
    /// A call to a method declared in this compilation with an argument that can hand data over (written
    /// out, not a literal): a possible hand-over. Its operation is kept to the end of the compilation, so
    /// only such calls are.
    /// </summary>
    public void RecordCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.Parameters.IsEmpty || method.IsExtern ||
            method.OriginalDefinition.Locations.FirstOrDefault() is not { IsInSource: true } ||
            !method.Parameters.Any(p => CanCarryData(p.Type)) ||
            !HandsOverValue(call))
        {
            return;
        }

        _calls.Add(call);
    }

    /// <summary>A literal (or a default value) carries nothing from the caller; anything else may.</summary>
    private static bool HandsOverValue(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && OperationFacts.Unwrap(argument.Value) is not ILiteralOperation)
            {
                return true;
            }
        }

        return false;
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
                AddSender(method, new Sender(parameter.Ordinal, site.ShortApi, site.Api, site.Kind, site.Endpoint, 1, site.Operation, site.ShortApi, payload.HasPersonalData,
                    method.OriginalDefinition, EndpointParameterOf(site.Operation, method)));
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
                    var payload = PayloadTracer.Trace(new[] { argument.Value }, _recognizers.For(policy), _recognizers.SummariesFor(policy));
                    grew |= Forward(call, payload, sender);
                    if (!payload.HasPersonalData)
                    {
                        continue;
                    }

                    var site = new EgressSite(call, sender.Api, sender.ShortApi, sender.Kind, null, EndpointAt(call, sender), System.Collections.Immutable.ImmutableArray.Create(argument.Value));
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
                AddSender(caller, sender with
                {
                    Ordinal = parameter.Ordinal, Depth = sender.Depth + 1, At = call, Display = CallDisplay(call, sender), Personal = payload.HasPersonalData,
                    Method = caller.OriginalDefinition, Endpoint = EndpointAt(call, sender), EndpointOrdinal = ForwardedEndpoint(call, sender, caller),
                });
                grew = true;
            }
        }

        return grew;
    }

    /// <summary>
    /// The method sends its parameter; so does every member a call may reach it through (the interface
    /// method it implements, the virtual method it overrides): a call to IRequestProvider.PostAsync hands
    /// its argument to the implementation in the compilation.
    /// </summary>
    private void AddSender(IMethodSymbol method, Sender sender)
    {
        _senders.GetOrAdd(method.OriginalDefinition, _ => new ConcurrentBag<Sender>()).Add(sender);
        foreach (var root in Dispatch.Roots(method))
        {
            _senders.GetOrAdd(root, _ => new ConcurrentBag<Sender>()).Add(sender);
        }
    }

    /// <summary>The payload APIs' endpoint parameters (requestUri, address, url, queueUrl): a helper may take the URL as a parameter too.</summary>
    private static readonly System.Collections.Immutable.ImmutableHashSet<string> s_endpointParameters =
        System.Collections.Immutable.ImmutableHashSet.CreateRange(System.StringComparer.Ordinal, PayloadApis.All.Select(a => a.EndpointParameter).OfType<string>());

    /// <summary>
    /// The ordinal of the helper's parameter that names the destination at its egress call
    /// (PostAsync(string uri, T data) => _http.PostAsJsonAsync(uri, data)), or -1: a caller's literal URL then decides.
    /// </summary>
    private static int EndpointParameterOf(IOperation site, IMethodSymbol method)
    {
        if (site is not IInvocationOperation call)
        {
            return -1;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && s_endpointParameters.Contains(parameter.Name) && ParameterIn(argument.Value, method) is { } own)
            {
                return own.Ordinal;
            }
        }

        return -1;
    }

    /// <summary>uri or new Uri(uri): the parameter of the method the value is.</summary>
    private static IParameterSymbol? ParameterIn(IOperation value, IMethodSymbol method)
    {
        value = OperationFacts.Unwrap(value);
        if (value is IObjectCreationOperation { Type.Name: "Uri", Arguments: [var only] })
        {
            value = OperationFacts.Unwrap(only.Value);
        }

        return value is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, method.OriginalDefinition)
            ? reference.Parameter
            : null;
    }

    /// <summary>The destination at a hand-over: the caller's argument for the helper's URL parameter when it is known, else the helper's own.</summary>
    private ResolvedEndpoint EndpointAt(IInvocationOperation call, Sender sender)
    {
        if (sender.EndpointOrdinal >= 0 &&
            call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == sender.EndpointOrdinal) is { ArgumentKind: not ArgumentKind.DefaultValue } argument &&
            EndpointResolver.Resolve(argument.Value, _catalog, absoluteUrl: sender.Kind == EgressKind.Http) is { } endpoint &&
            endpoint.Destinations.Any(d => d.Kind != DestinationKind.Unresolved))
        {
            return endpoint;
        }

        return sender.Endpoint;
    }

    /// <summary>The caller hands its own parameter on as the helper's URL: the caller's callers decide the destination.</summary>
    private static int ForwardedEndpoint(IInvocationOperation call, Sender sender, IMethodSymbol caller) =>
        sender.EndpointOrdinal >= 0 &&
        call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == sender.EndpointOrdinal) is { } argument &&
        ParameterIn(argument.Value, caller) is { } forwarded
            ? forwarded.Ordinal
            : -1;

    /// <summary>"CrmClient.PushContact → HttpClient.PostAsJsonAsync": the call and what it ends in.</summary>
    private static string CallDisplay(IInvocationOperation call, Sender sender) =>
        call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name + " (through " + sender.ShortApi + ")";

    /// <param name="At">Where the method sends the parameter: the egress call, or the call handing it to another sender.</param>
    /// <param name="Display">What <paramref name="At"/> is called in a message.</param>
    /// <param name="Personal">The payload at <paramref name="At"/> holds personal data by itself (already reported there).</param>
    /// <param name="Method">The method whose parameter <paramref name="Ordinal"/> is sent (its dispatch roots share the sender).</param>
    /// <param name="EndpointOrdinal">The method's parameter that names the destination, or -1.</param>
    private sealed record Sender(int Ordinal, string ShortApi, string Api, EgressKind Kind, ResolvedEndpoint Endpoint, int Depth, IOperation At, string Display, bool Personal,
        IMethodSymbol Method, int EndpointOrdinal);
}
