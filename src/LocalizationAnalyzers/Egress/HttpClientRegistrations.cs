using System.Collections.Concurrent;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// IHttpClientFactory registrations of one compilation: the base address each typed or named client gets
/// in <c>services.AddHttpClient&lt;CrmClient&gt;(c =&gt; c.BaseAddress = ...)</c> or
/// <c>AddHttpClient("crm", c =&gt; ...)</c>. Registrations usually sit in Program.cs, far from the client that
/// sends, so sites that depend on them are judged when the whole compilation is known.
/// </summary>
internal sealed class HttpClientRegistrations
{
    private readonly ConcurrentDictionary<string, ResolvedEndpoint> _byKey = new();
    private readonly LocationCatalog _catalog;

    public HttpClientRegistrations(LocationCatalog catalog) => _catalog = catalog;

    /// <summary>Records an AddHttpClient call whose configure delegate sets BaseAddress.</summary>
    public void Record(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.Name != "AddHttpClient" || method.ContainingType?.Name != "HttpClientFactoryServiceCollectionExtensions")
        {
            return;
        }

        var baseAddress = call.Arguments
            .Select(a => OperationFacts.Unwrap(a.Value))
            .SelectMany(v => v.DescendantsAndSelf())
            .OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "BaseAddress" });
        if (baseAddress is null || EndpointResolver.Resolve(baseAddress.Value, _catalog, absoluteUrl: true) is not { } endpoint)
        {
            return;
        }

        // A typed client is also registered under its type's name; a name argument wins.
        if (call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value.ConstantValue is { HasValue: true, Value: string name })
        {
            _byKey[NameKey(name)] = endpoint;
        }

        foreach (var type in method.TypeArguments)
        {
            _byKey[TypeKey(type)] = endpoint;
        }
    }

    public ResolvedEndpoint? Find(string key) => _byKey.TryGetValue(key, out var endpoint) ? endpoint : null;

    public static string TypeKey(ITypeSymbol type) => "type:" + type.ToDisplayString();

    public static string NameKey(string name) => "name:" + name;

    /// <summary>
    /// The registration an HttpClient reference depends on: factory.CreateClient("crm") (directly or through a
    /// local) for a named client; an HttpClient field or constructor parameter of a class for a typed client.
    /// </summary>
    public static string? KeyOf(IOperation client)
    {
        client = OperationFacts.Unwrap(client);
        if (client.Type?.Name != "HttpClient")
        {
            return null;
        }

        if (client is ILocalReferenceOperation local)
        {
            var root = client;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            client = root.Descendants().OfType<IVariableDeclaratorOperation>()
                .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local))
                .Select(d => d.Initializer?.Value is { } value ? OperationFacts.Unwrap(value) : null)
                .FirstOrDefault() ?? client;
        }

        return client switch
        {
            IInvocationOperation { TargetMethod.Name: "CreateClient" } create when create.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value.ConstantValue is { HasValue: true, Value: string name } => NameKey(name),
            IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when member.Member.ContainingType is { } owner => TypeKey(owner),
            IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } => TypeKey(constructor.ContainingType),
            _ => null,
        };
    }
}
