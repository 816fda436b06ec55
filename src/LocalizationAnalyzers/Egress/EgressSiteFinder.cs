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

    private readonly ClientBaseTypeSymbols? _clientBases;
    private readonly RequestBuilders? _builders;
    private readonly GeneratedClients? _generatedClients;
    private readonly DatabaseSites? _databases;

    /// <param name="clientBases">Vendor client base classes (<see cref="ClientBaseTypes"/>): their subclasses' creations are sites (the client's region is where its data goes).</param>
    /// <param name="wrappers">In-house methods that build a client from an endpoint parameter: a client they return goes where the caller says.</param>
    /// <param name="builders">Request builder calls (RestSharp, Flurl, SendGrid's MailHelper) that add to a request's payload.</param>
    /// <param name="generatedClients">gRPC and Refit clients, whose every method is a remote call.</param>
    /// <param name="databases">ADO.NET command executions and EF Core provider configurations.</param>
    public EgressSiteFinder(EndpointApiSymbols? endpoints, PayloadApiSymbols? payloads, RegionApiSymbols? regions, ClientBaseTypeSymbols? clientBases, LocationCatalog catalog,
        EndpointWrappers? wrappers = null, RequestBuilders? builders = null, GeneratedClients? generatedClients = null, DatabaseSites? databases = null)
    {
        _clientBases = clientBases;
        _builders = builders;
        _generatedClients = generatedClients;
        _databases = databases;
        _endpoints = endpoints;
        _payloads = payloads;
        _clients = new ClientDestination(endpoints, regions, catalog, wrappers);
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

            case IInvocationOperation invocation when _databases?.Find(invocation, _clients, _catalog) is { } stored:
                return stored;

            case IInvocationOperation { Instance: { } client } invocation when _generatedClients?.Match(invocation) is var (kind, operands):
                var method = invocation.TargetMethod;
                return new EgressSite(invocation, method.ContainingType.ToDisplayString() + "." + method.Name, method.ContainingType.Name + "." + method.Name, kind, null,
                    _clients.Resolve(client), operands, client);

            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when _clientBases?.BaseOf(type) is { } clientBase:
                // Created with nothing that says where: the environment decides (AWS_REGION, the profile).
                var resolved = _clients.Resolve(creation);
                return new EgressSite(operation, type.ToDisplayString(), type.Name, clientBase.Kind, null,
                    resolved.Destinations.All(d => d.Kind == DestinationKind.Unresolved) && creation.Arguments.Length == 0
                        ? new ResolvedEndpoint(null, ImmutableArray.Create(Destination.Implicit))
                        : resolved);
        }

        return null;
    }

    private EgressSite? Configuring(IOperation operation, EndpointApi api, string shortApi, IOperation endpointOperand) =>
        EndpointResolver.Resolve(endpointOperand, _catalog, api.IsUrl) is { } endpoint
            ? new EgressSite(operation, api.Display, shortApi, api.Kind, endpointOperand, endpoint)
            : null;

    private (ImmutableArray<IOperation> Payload, ResolvedEndpoint Endpoint, IOperation? EndpointOperand, IOperation? Client) FollowBuilders(
        IInvocationOperation invocation, ImmutableArray<IOperation> payload, ResolvedEndpoint endpoint, IOperation? endpointOperand, IOperation? client)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || _builders!.Follow(argument.Value) is not { } built)
            {
                continue;
            }

            payload = payload.AddRange(built.Values);
            if (argument.Value == client && built.Root is { } root)
            {
                // "https://api.crm.com".WithHeader(...).PostJsonAsync(...): the chain starts at a URL, or at a client.
                if (root.Type?.SpecialType == SpecialType.System_String || root.Type?.Name is "Uri" or "Url")
                {
                    if (EndpointResolver.Resolve(root, _catalog, absoluteUrl: true) is { } fromRoot)
                    {
                        endpoint = fromRoot;
                        endpointOperand = root;
                    }
                }
                else
                {
                    client = root;
                }
            }
        }

        return (payload, endpoint, endpointOperand, client);
    }

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

        // A request built by fluent or statement calls (Flurl, RestSharp, MailHelper): their values are sent
        // too, and a chain's start is where the endpoint is written.
        if (_builders is not null)
        {
            (payload, endpoint, endpointOperand, client) = FollowBuilders(invocation, payload, endpoint, endpointOperand, client);
        }

        if (endpoint.Destinations.All(d => d.Kind == DestinationKind.Unresolved) && client is not null)
        {
            endpoint = _clients.Resolve(client);
            endpointOperand = null;
        }

        // A SaaS SDK sends to its vendor, whatever client object it is called on, unless the client was
        // built with another host (new SendGridClient(key, host: ...)).
        if (api.Kind == EgressKind.Saas && endpoint.Destinations.All(d => d.Kind == DestinationKind.Unresolved) && SaasApis.For(api.TypeMetadataName) is { } vendor)
        {
            endpoint = vendor.Resolve(invocation, _catalog);
            endpointOperand = null;
        }

        return new EgressSite(invocation, api.Display, method.ContainingType.Name + "." + method.Name, api.Kind, endpointOperand, endpoint, payload, client);
    }
}
