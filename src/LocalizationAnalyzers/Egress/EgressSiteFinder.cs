using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Recognises egress sites among invocations, object creations and property assignments: calls that
/// send data (<see cref="PayloadApis"/>) and settings that say where data goes (<see cref="EndpointApis"/>).
/// </summary>
internal sealed class EgressSiteFinder
{
    private readonly EndpointApiSymbols? _endpoints;
    private readonly PayloadApiSymbols? _payloads;
    private readonly ClientDestination _clients;
    private readonly LocationCatalog _catalog;

    private readonly CloudClientSymbols? _cloudClients;

    /// <param name="cloudClients">Service client base types (AmazonServiceClient, TencentCloud AbstractClient, ...): their subclasses' creations are sites (the client's region is where its data goes).</param>
    public EgressSiteFinder(EndpointApiSymbols? endpoints, PayloadApiSymbols? payloads, RegionApiSymbols? regions, CloudClientSymbols? cloudClients, LocationCatalog catalog)
    {
        _cloudClients = cloudClients;
        _endpoints = endpoints;
        _payloads = payloads;
        _clients = new ClientDestination(endpoints, regions, catalog);
        _catalog = catalog;
    }

    /// <summary>The site at this operation, or null (not an egress API, or its endpoint is a placeholder/emulator).</summary>
    public EgressSite? Find(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when _payloads?.Match(invocation.TargetMethod) is { } payloadApi:
                return Sending(invocation, payloadApi);

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when _payloads?.Match(property) is { } payloadApi:
                return new EgressSite(operation, payloadApi.Display, property.ContainingType.Name + "." + property.Name, payloadApi.Kind, null,
                    ResolvedEndpoint.Unresolved, ImmutableArray.Create(assignment.Value));

            case IInvocationOperation invocation when _endpoints?.MatchCall(invocation.TargetMethod, invocation.Arguments) is var (api, argument):
                return Configuring(operation, api, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, argument.Value);

            case IObjectCreationOperation { Constructor: { } constructor } creation when _endpoints?.MatchCall(constructor, creation.Arguments) is var (api, argument):
                return Configuring(operation, api, constructor.ContainingType.Name, argument.Value);

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when _endpoints?.MatchProperty(property) is { } api:
                return Configuring(operation, api, property.ContainingType.Name + "." + property.Name, assignment.Value);

            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when _cloudClients?.BaseOf(type) is { } clientBase:
                var resolved = _clients.Resolve(creation);
                return new EgressSite(operation, type.ToDisplayString(), type.Name, EgressKind.Cloud, null,
                    resolved.Destinations.All(d => d.Kind == DestinationKind.Unresolved) && creation.Arguments.Length == 0 && clientBase.ImplicitWithoutArguments
                        ? new ResolvedEndpoint(null, ImmutableArray.Create(Destination.Implicit))
                        : resolved);
        }

        return null;
    }

    private EgressSite? Configuring(IOperation operation, EndpointApi api, string shortApi, IOperation endpointOperand) =>
        EndpointResolver.Resolve(endpointOperand, _catalog, api.IsUrl) is { } endpoint
            ? new EgressSite(operation, api.Display, shortApi, api.Kind, endpointOperand, endpoint)
            : null;

    private EgressSite? Sending(IInvocationOperation invocation, PayloadApi api)
    {
        var method = invocation.TargetMethod;
        var payload = invocation.Arguments
            .Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter is { } p && api.PayloadParameterNames.Contains(p.Name))
            .Select(a => a.Value)
            .ToImmutableArray();

        // The destination: the endpoint argument when it names one, else the client the call is made on
        // (an extension method's first argument), e.g. the HttpClient's base address or the SDK client's region.
        var endpointArgument = api.EndpointParameter is null ? null : invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == api.EndpointParameter);
        ResolvedEndpoint? endpoint = ResolvedEndpoint.Unresolved;
        if (endpointArgument is not null && endpointArgument.ArgumentKind != ArgumentKind.DefaultValue)
        {
            endpoint = endpointArgument.Parameter!.Type.Name == "HttpRequestMessage"
                ? _clients.ResolveRequestUri(endpointArgument.Value)
                : EndpointResolver.Resolve(endpointArgument.Value, _catalog, absoluteUrl: api.Kind == EgressKind.Http);
            if (endpoint is null)
            {
                return null;
            }
        }

        // The endpoint operand is the call's own only when it names the destination: a request message or
        // a client configured elsewhere has its own site, where an endpoint finding belongs.
        var endpointOperand = endpointArgument?.Parameter?.Type.Name == "HttpRequestMessage" ? null : endpointArgument?.Value;
        var client = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (endpoint.Destinations.All(d => d.Kind == DestinationKind.Unresolved) && client is not null)
        {
            endpoint = _clients.Resolve(client);
            endpointOperand = null;
        }

        return new EgressSite(invocation, api.Display, method.ContainingType.Name + "." + method.Name, api.Kind, endpointOperand, endpoint, payload, client);
    }
}
