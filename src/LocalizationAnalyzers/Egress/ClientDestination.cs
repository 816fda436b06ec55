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
internal sealed partial class ClientDestination
{
    private const int MaxDepth = 6;

    private readonly EndpointApiSymbols? _endpoints;
    private readonly RegionApiSymbols? _regions;
    private readonly LocationCatalog _catalog;

    /// <summary>Per field or property of this compilation: where the client it holds sends (many calls share one client field).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, ResolvedEndpoint?> _members = new(SymbolEqualityComparer.Default);

    public ClientDestination(EndpointApiSymbols? endpoints, RegionApiSymbols? regions, LocationCatalog catalog)
    {
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

        foreach (var value in ValuesOf(client, depth))
        {
            switch (value)
            {
                case IObjectCreationOperation creation:
                    if (FromCreation(creation, depth) is { } created)
                    {
                        return created;
                    }

                    break;

                // A builder chain (SmnClient.NewBuilder().WithRegion(region).Build()): the region or endpoint one of its calls sets;
                // container.GetBlobClient(name), client.GetContainer(db, c), serviceBus.CreateSender(q): same destination as the parent client.
                case IInvocationOperation invocation:
                    if (FromCall(invocation, depth) is { } configured)
                    {
                        return configured;
                    }

                    if (invocation.Instance is { } parent && Resolve(parent, depth + 1) is { } fromParent)
                    {
                        return fromParent;
                    }

                    if (FromFactory(invocation, depth) is { } fromFactory)
                    {
                        return fromFactory;
                    }

                    break;
            }
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

    /// <summary>Assignments to any property of this local in its method (config.Endpoint = ..., config.RegionId = ...).</summary>
    private static System.Collections.Generic.IEnumerable<ISimpleAssignmentOperation> PropertyAssignmentsTo(ILocalReferenceOperation local) =>
        MethodRoot(local).Descendants()
            .OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } &&
                        SymbolEqualityComparer.Default.Equals(owner.Local, local.Local));

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
