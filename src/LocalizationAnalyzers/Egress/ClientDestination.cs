using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Where the client object a call is made on sends its data: followed back to the creation of the
/// client (through locals, fields and properties initialised or set in the same type's constructors,
/// and factory calls such as GetBlobClient), then read like an endpoint or region site. An HttpClient's
/// base address counts where it is set: in an initialiser, in the same method, or in the constructor
/// of the typed client that holds it. Bounded; everything else is unresolved.
/// </summary>
internal sealed class ClientDestination
{
    private const int MaxDepth = 6;

    private static readonly ResolvedEndpoint s_inProcess = new(null, System.Collections.Immutable.ImmutableArray.Create(Destination.InProcess));

    private readonly EndpointApiSymbols? _endpoints;
    private readonly RegionApiSymbols? _regions;
    private readonly LocationCatalog _catalog;

    /// <summary>Per field or property of this compilation: where the client it holds sends (many calls share one client field).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, ResolvedEndpoint?> _members = new(SymbolEqualityComparer.Default);

    private readonly EndpointWrappers? _wrappers;

    public ClientDestination(EndpointApiSymbols? endpoints, RegionApiSymbols? regions, LocationCatalog catalog, EndpointWrappers? wrappers = null)
    {
        _wrappers = wrappers;
        _endpoints = endpoints;
        _regions = regions;
        _catalog = catalog;
    }

    public ResolvedEndpoint Resolve(IOperation client)
    {
        // A client held in a field or property resolves the same way at every call: once per member.
        if (OperationFacts.Unwrap(client) is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member &&
            member.SemanticModel?.SyntaxTree is { } tree &&
            member.Member.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree))
        {
            return _members.GetOrAdd(member.Member, _ => Resolve(client, 0)) ?? ResolvedEndpoint.Unresolved;
        }

        return Resolve(client, 0) ?? ResolvedEndpoint.Unresolved;
    }

    /// <summary>The URI an HttpRequestMessage is built with or given (new HttpRequestMessage(method, uri), RequestUri = ...).</summary>
    public ResolvedEndpoint ResolveRequestUri(IOperation request)
    {
        foreach (var value in ValuesOf(request, 0))
        {
            switch (value)
            {
                case IObjectCreationOperation creation:
                    if (creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri") is { } uri &&
                        EndpointResolver.Resolve(uri.Value, _catalog, absoluteUrl: true) is { } fromArgument &&
                        IsResolved(fromArgument))
                    {
                        return fromArgument;
                    }

                    if (AssignedIn(creation.Initializer, "RequestUri") is { } initialised &&
                        EndpointResolver.Resolve(initialised, _catalog, absoluteUrl: true) is { } fromInitializer)
                    {
                        return fromInitializer;
                    }

                    break;
            }
        }

        if (OperationFacts.Unwrap(request) is ILocalReferenceOperation local &&
            AssignmentsTo(local, "RequestUri").FirstOrDefault() is { } assigned &&
            EndpointResolver.Resolve(assigned, _catalog, absoluteUrl: true) is { } fromAssignment)
        {
            return fromAssignment;
        }

        return ResolvedEndpoint.Unresolved;
    }

    private ResolvedEndpoint? Resolve(IOperation client, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        // An HttpClient whose BaseAddress is set on the very reference (local or typed client field).
        if (BaseAddressOf(client) is { } baseAddress && EndpointResolver.Resolve(baseAddress, _catalog, absoluteUrl: true) is { } fromBase && IsResolved(fromBase))
        {
            return fromBase;
        }

        // A client connected on the very local: socket.ConnectAsync(uri) before socket.SendAsync(...).
        if (ConnectedOn(client) is { } connected)
        {
            return connected;
        }

        foreach (var value in ValuesOf(client, depth))
        {
            switch (value)
            {
                case IObjectCreationOperation creation:
                    if (FromCreation(creation) is { } created)
                    {
                        return created;
                    }

                    // A client built on another one: new GreeterClient(channel), new SqlCommand(sql, connection), new RestClient(options).
                    if (FromArguments(creation.Arguments, depth) is { } fromArgument)
                    {
                        return fromArgument;
                    }

                    break;

                // factory.CreateClient(), server.CreateClient(), host.GetTestClient(): never leaves the process.
                case IInvocationOperation call when InProcessClients.IsFactoryCall(call.TargetMethod):
                    return s_inProcess;

                // GetHttpClient("https://api.crm.com/"): an in-house method that builds the client from its argument.
                case IInvocationOperation call when FromWrapper(call) is { } wrapped:
                    return wrapped;

                // container.GetBlobClient(name), client.GetContainer(db, c), serviceBus.CreateSender(q): same destination as the parent client.
                case IInvocationOperation { Instance: { } parent }:
                    if (Resolve(parent, depth + 1) is { } fromParent)
                    {
                        return fromParent;
                    }

                    break;

                // A static factory that takes the endpoint: GrpcChannel.ForAddress(url), ConnectionMultiplexer.Connect(config),
                // RestService.For<T>(url), NpgsqlDataSource.Create(cs); else one built from another client (RestService.For<T>(http)).
                case IInvocationOperation { Instance: null } factory:
                    if (_endpoints?.MatchCall(factory.TargetMethod, factory.Arguments) is var (api, endpointArgument))
                    {
                        return EndpointResolver.Resolve(endpointArgument.Value, _catalog, api.IsUrl);
                    }

                    if (FromArguments(factory.Arguments, depth) is { } fromFactoryArgument)
                    {
                        return fromFactoryArgument;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The destination a source method's returned client gets from the endpoint argument of this call, when the method sets it (<see cref="EndpointWrappers"/>).</summary>
    private ResolvedEndpoint? FromWrapper(IInvocationOperation call)
    {
        if (_wrappers is null || call.TargetMethod.DeclaringSyntaxReferences.IsEmpty || !call.Arguments.Any(EndpointWrappers.MayName))
        {
            return null;
        }

        foreach (var wrapped in _wrappers.Of(call.TargetMethod))
        {
            if (wrapped is { Api: { } api, Member: null } &&
                call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == wrapped.Ordinal) is { ArgumentKind: not ArgumentKind.DefaultValue } argument &&
                EndpointResolver.Resolve(argument.Value, _catalog, api.IsUrl) is { } endpoint && IsResolved(endpoint))
            {
                return endpoint;
            }
        }

        return null;
    }

    private ResolvedEndpoint? FromCreation(IObjectCreationOperation creation)
    {
        // new HttpClient(server.CreateHandler()): the handler answers in the process, whatever the base address.
        if (creation.Arguments.Any(a => OperationFacts.Unwrap(a.Value) is IInvocationOperation call && InProcessClients.IsFactoryCall(call.TargetMethod)))
        {
            return s_inProcess;
        }

        if (_endpoints?.MatchCall(creation.Constructor!, creation.Arguments) is var (api, endpointArgument) &&
            EndpointResolver.Resolve(endpointArgument.Value, _catalog, api.IsUrl) is { } endpoint)
        {
            return endpoint;
        }

        if (AssignedIn(creation.Initializer, "BaseAddress") is { } baseAddress)
        {
            return EndpointResolver.Resolve(baseAddress, _catalog, absoluteUrl: true);
        }

        // Options whose endpoint is set in their own initialiser: new RestClientOptions { BaseUrl = ... }.
        if (creation.Initializer is { } ownInitializer && EndpointSetIn(ownInitializer) is { } own)
        {
            return own;
        }

        // A config held in a local and handed to the client: new AmazonS3Config { RegionEndpoint = ... }.
        if (creation.Initializer is not null && RegionOf(creation) is { } configuredRegion)
        {
            return configuredRegion;
        }

        // An AWS client: its region argument, or the region of the config it is built with; any client built
        // with an options object created in place: the endpoint set in it (ServiceURL, ConnectionString, Dsn).
        foreach (var argument in creation.Arguments)
        {
            if (RegionOf(argument.Value) is { } region)
            {
                return region;
            }

            if (OperationFacts.Unwrap(argument.Value) is IObjectCreationOperation { Initializer: { } options } &&
                EndpointSetIn(options) is { } configured)
            {
                return configured;
            }
        }

        return null;
    }

    /// <summary>
    /// The destination of the first argument that is itself a client, a connection, a channel or options
    /// of a known endpoint (strings and numbers are names, not clients). Bounded by the depth.
    /// </summary>
    private ResolvedEndpoint? FromArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type is not { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Interface })
            {
                continue;
            }

            if (Resolve(argument.Value, depth + 1) is { } resolved && IsResolved(resolved))
            {
                return resolved;
            }
        }

        return null;
    }

    /// <summary>The endpoint of a connect call made on the same local in its method: socket.ConnectAsync(uri), smtp.Connect(host).</summary>
    private ResolvedEndpoint? ConnectedOn(IOperation client)
    {
        if (_endpoints is null || OperationFacts.Unwrap(client) is not ILocalReferenceOperation local || !IsConnectedType(local.Local.Type))
        {
            return null;
        }

        foreach (var call in MethodRoot(local).Descendants().OfType<IInvocationOperation>())
        {
            if (call.Instance is ILocalReferenceOperation owner && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local) &&
                _endpoints.MatchCall(call.TargetMethod, call.Arguments) is var (api, argument) &&
                EndpointResolver.Resolve(argument.Value, _catalog, api.IsUrl) is { } endpoint && IsResolved(endpoint))
            {
                return endpoint;
            }
        }

        return null;
    }

    /// <summary>Clients told where to go by a connect call on the instance (EndpointApis rows ClientWebSocket.ConnectAsync, MailService.Connect[Async]).</summary>
    private static readonly string[] s_connectedTypes = { "System.Net.WebSockets.ClientWebSocket", "MailKit.MailService" };

    private static bool IsConnectedType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "ClientWebSocket" or "MailService" && System.Array.IndexOf(s_connectedTypes, current.ToDisplayString()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private ResolvedEndpoint? EndpointSetIn(IObjectOrCollectionInitializerOperation options)
    {
        foreach (var assignment in options.Initializers.OfType<ISimpleAssignmentOperation>())
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: var property } &&
                _endpoints?.MatchProperty(property) is { } api &&
                EndpointResolver.Resolve(assignment.Value, _catalog, api.IsUrl) is { } endpoint)
            {
                return endpoint;
            }
        }

        return null;
    }

    private ResolvedEndpoint? RegionOf(IOperation value)
    {
        value = OperationFacts.Unwrap(value);
        if (_regions is null)
        {
            return null;
        }

        switch (value)
        {
            case IMemberReferenceOperation member when _regions.MemberTypeOf(member.Member) is { } type &&
                                                      _catalog.FindRegionBySdkMember(type.CatalogName, member.Member.Name) is { } region:
                return new ResolvedEndpoint(null, System.Collections.Immutable.ImmutableArray.Create(Destination.ForRegion(region)));
            case IInvocationOperation call when call.Arguments.Length == 1 && call.Arguments[0].Parameter is { } parameter &&
                                                _regions.SinkOf(parameter) is { } sink &&
                                                StringValue.Resolve(call.Arguments[0].Value) is { IsComplete: true } text &&
                                                _catalog.FindRegionByText(sink.Provider, text.Text) is { } named:
                return new ResolvedEndpoint(null, System.Collections.Immutable.ImmutableArray.Create(Destination.ForRegion(named)));
            case IObjectCreationOperation config when AssignedIn(config.Initializer, "RegionEndpoint") is { } region:
                return RegionOf(region);
            case IObjectCreationOperation config when AssignedIn(config.Initializer, "ServiceURL") is { } url:
                return EndpointResolver.Resolve(url, _catalog);
        }

        return null;
    }

    /// <summary>The values a reference may hold: a local's initialiser and assignments, a field's or property's initialiser and constructor assignments in the same file.</summary>
    private static System.Collections.Generic.IEnumerable<IOperation> ValuesOf(IOperation reference, int depth)
    {
        reference = OperationFacts.Unwrap(reference);
        switch (reference)
        {
            case ILocalReferenceOperation local:
                foreach (var operation in MethodRoot(local).Descendants())
                {
                    if (operation is IVariableDeclaratorOperation { Initializer: { } initializer } declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                    {
                        yield return OperationFacts.Unwrap(initializer.Value);
                    }
                    else if (operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
                    {
                        yield return OperationFacts.Unwrap(assignment.Value);
                    }
                }

                break;

            case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when reference.SemanticModel is { } model:
                foreach (var value in MemberValues(member.Member, model))
                {
                    yield return value;
                }

                break;

            default:
                yield return reference;
                break;
        }
    }

    /// <summary>Initialisers and constructor assignments of a field or property declared in the file being analysed.</summary>
    private static System.Collections.Generic.IEnumerable<IOperation> MemberValues(ISymbol member, SemanticModel model)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is not null && model.GetOperation(initializer) is { } value)
            {
                yield return OperationFacts.Unwrap(value);
            }
        }

        foreach (var assigned in ConstructorAssignments(member, model))
        {
            yield return assigned;
        }
    }

    private static System.Collections.Generic.IEnumerable<IOperation> ConstructorAssignments(ISymbol member, SemanticModel model)
    {
        foreach (var constructor in member.ContainingType.InstanceConstructors.Concat(member.ContainingType.StaticConstructors))
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == model.SyntaxTree && model.GetOperation(reference.GetSyntax()) is { } body)
                {
                    foreach (var operation in body.Descendants())
                    {
                        if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment &&
                            SymbolEqualityComparer.Default.Equals(target.Member, member))
                        {
                            yield return OperationFacts.Unwrap(assignment.Value);
                        }
                    }
                }
            }
        }
    }

    /// <summary>An HttpClient's BaseAddress set on this local in its method, or on this field in the type's constructors (directly or on the constructor parameter stored in it).</summary>
    private static IOperation? BaseAddressOf(IOperation client)
    {
        client = OperationFacts.Unwrap(client);
        if (client.Type?.Name != "HttpClient")
        {
            return null;
        }

        if (client is ILocalReferenceOperation local)
        {
            return AssignmentsTo(local, "BaseAddress").FirstOrDefault();
        }

        if (client is IMemberReferenceOperation { Member: var member } && client.SemanticModel is { } model)
        {
            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != model.SyntaxTree || model.GetOperation(reference.GetSyntax()) is not { } body)
                    {
                        continue;
                    }

                    // _http = http; http.BaseAddress = new Uri(...)  or  _http.BaseAddress = new Uri(...)
                    var stored = body.Descendants().OfType<ISimpleAssignmentOperation>()
                        .Where(a => a.Target is IMemberReferenceOperation t && SymbolEqualityComparer.Default.Equals(t.Member, member))
                        .Select(a => OperationFacts.Unwrap(a.Value))
                        .OfType<IParameterReferenceOperation>()
                        .Select(p => p.Parameter)
                        .FirstOrDefault();
                    foreach (var assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "BaseAddress", Instance: { } instance } &&
                            (OperationFacts.Unwrap(instance) is IMemberReferenceOperation m && SymbolEqualityComparer.Default.Equals(m.Member, member) ||
                             OperationFacts.Unwrap(instance) is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, stored)))
                        {
                            return assignment.Value;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static System.Collections.Generic.IEnumerable<IOperation> AssignmentsTo(ILocalReferenceOperation local, string propertyName) =>
        MethodRoot(local).Descendants()
            .OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property &&
                        property.Property.Name == propertyName &&
                        SymbolEqualityComparer.Default.Equals(owner.Local, local.Local))
            .Select(a => a.Value);

    private static IOperation? AssignedIn(IObjectOrCollectionInitializerOperation? initializer, string propertyName) =>
        initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation property && property.Property.Name == propertyName)?.Value;

    private static bool IsResolved(ResolvedEndpoint endpoint) => endpoint.Destinations.Any(d => d.Kind != DestinationKind.Unresolved);

    private static IOperation MethodRoot(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }
}
