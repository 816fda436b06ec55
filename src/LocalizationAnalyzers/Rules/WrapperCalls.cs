using System;
using System.Collections.Immutable;
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
/// DLOC003 and DLOC002 for a URL or region handed to an in-house wrapper (<see cref="EndpointWrappers"/>):
/// judged where the caller writes it, as if the wrapper were the SDK it calls, with the wrapper call as the
/// additional location and its own inventory row. An options object's member set by the caller
/// (<c>options.Address = "https://..."</c>, <c>new CrmOptions { Address = ... }</c>) counts the same way.
/// </summary>
internal sealed class WrapperCalls
{
    private readonly EndpointWrappers _wrappers;
    private readonly PolicyProvider _policies;
    private readonly LocationCatalog _catalog;

    public WrapperCalls(EndpointWrappers wrappers, PolicyProvider policies, LocationCatalog catalog)
    {
        _wrappers = wrappers;
        _policies = policies;
        _catalog = catalog;
    }

    public void Analyze(OperationAnalysisContext context)
    {
        var (target, arguments) = context.Operation switch
        {
            IInvocationOperation call => (call.TargetMethod, call.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => default((IMethodSymbol?, ImmutableArray<IArgumentOperation>)),
        };
        if (target is null || target.DeclaringSyntaxReferences.IsEmpty || !arguments.Any(EndpointWrappers.MayName))
        {
            return;
        }

        foreach (var wrapped in _wrappers.Of(target))
        {
            if (arguments.FirstOrDefault(a => a.Parameter?.Ordinal == wrapped.Ordinal) is not { ArgumentKind: not ArgumentKind.DefaultValue } argument ||
                (wrapped.Member is null ? argument.Value : MemberSetOn(argument.Value, wrapped.Member)) is not { } value)
            {
                continue;
            }

            var policy = _policies.For(context.Operation.Syntax.SyntaxTree);
            if (wrapped.Api is { } api)
            {
                JudgeEndpoint(context, target, api, value, policy);
            }
            else if (wrapped.Region is { } sink && StringValue.Resolve(value) is { IsComplete: true, IsLiteral: true } written &&
                     _catalog.FindRegionByText(sink.Provider, written.Text) is { } region)
            {
                var asId = string.Equals(written.Text.Trim(), region.Id, StringComparison.OrdinalIgnoreCase);
                if (CloudRegionRule.Create(region, written.Location, new[] { context.Operation.Syntax.GetLocation() }, policy, _catalog, r => asId ? r.Id : r.Name) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private void JudgeEndpoint(OperationAnalysisContext context, IMethodSymbol target, EndpointApi api, IOperation value, DataLocalizationPolicy policy)
    {
        if (EndpointResolver.Resolve(value, _catalog, api.IsUrl) is not { Value: not null } endpoint)
        {
            return;
        }

        var sdkType = api.TypeMetadataName.Substring(api.TypeMetadataName.LastIndexOf('.') + 1);
        var shortApi = target.ContainingType.Name + "." + (target.MethodKind == MethodKind.Constructor ? target.ContainingType.Name : target.Name) +
                       " (through " + (api.MemberName == ".ctor" ? sdkType : sdkType + "." + api.MemberName) + ")";
        var site = new EgressSite(context.Operation, api.Display, shortApi, api.Kind, value, endpoint);
        var judgement = SiteJudgement.Of(site, policy, _catalog);
        var fired = EndpointRule.Evaluate(context, site, judgement, policy, _catalog) ? Diagnostics.RuleIdentifiers.EndpointOutsideJurisdiction : "";
        context.ReportDiagnostic(InventoryRule.Create(site, judgement, policy, Payload.Empty, fired));
    }

    /// <summary>The value the caller gives an options object's member: in its initialiser, or assigned to the local in the same method.</summary>
    private static IOperation? MemberSetOn(IOperation options, string member)
    {
        options = OperationFacts.Unwrap(options);
        if (options is IObjectCreationOperation { Initializer: { } initializer })
        {
            return AssignedIn(initializer, member);
        }

        if (options is not ILocalReferenceOperation local)
        {
            return null;
        }

        var root = options;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property } assignment
                    when property.Property.Name == member && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local):
                    return assignment.Value;
                case IVariableDeclaratorOperation { Initializer.Value: var initial } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) &&
                         OperationFacts.Unwrap(initial) is IObjectCreationOperation { Initializer: { } declared } &&
                         AssignedIn(declared, member) is { } initialised:
                    return initialised;
            }
        }

        return null;
    }

    private static IOperation? AssignedIn(IObjectOrCollectionInitializerOperation initializer, string member) =>
        initializer.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation property && property.Property.Name == member)?.Value;
}
