using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>Recognises egress sites among invocations, object creations and property assignments.</summary>
internal sealed class EgressSiteFinder
{
    private readonly EndpointApiSymbols _endpoints;
    private readonly LocationCatalog _catalog;

    public EgressSiteFinder(EndpointApiSymbols endpoints, LocationCatalog catalog)
    {
        _endpoints = endpoints;
        _catalog = catalog;
    }

    /// <summary>The site at this operation, or null (not an egress API, or its endpoint is a placeholder/emulator).</summary>
    public EgressSite? Find(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when _endpoints.MatchCall(invocation.TargetMethod, invocation.Arguments) is var (api, argument):
                return Create(operation, api, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, argument.Value);

            case IObjectCreationOperation { Constructor: { } constructor } creation when _endpoints.MatchCall(constructor, creation.Arguments) is var (api, argument):
                return Create(operation, api, constructor.ContainingType.Name, argument.Value);

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when _endpoints.MatchProperty(property) is { } api:
                return Create(operation, api, property.ContainingType.Name + "." + property.Name, assignment.Value);
        }

        return null;
    }

    private EgressSite? Create(IOperation operation, EndpointApi api, string shortApi, IOperation endpointOperand) =>
        EndpointResolver.Resolve(endpointOperand, _catalog) is { } endpoint
            ? new EgressSite(operation, api.Display, shortApi, api.Kind, endpointOperand, endpoint)
            : null;
}
