using System.Collections.Concurrent;
using System.Collections.Immutable;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// SDK base classes every service client of a vendor derives from: creating any subclass is an egress
/// site, and the client's configuration (region, endpoint) says where its data goes. Data, not logic:
/// a vendor whose clients share a base class is one row.
/// </summary>
internal static class ClientBaseTypes
{
    public static readonly ImmutableArray<ClientBaseType> All = ImmutableArray.Create(
        new ClientBaseType("Amazon.Runtime.AmazonServiceClient", EgressKind.Cloud));
}

/// <param name="TypeMetadataName">The vendor's client base class.</param>
/// <param name="Kind">The kind of channel its clients are.</param>
internal sealed record ClientBaseType(string TypeMetadataName, EgressKind Kind);

/// <summary>
/// Which <see cref="ClientBaseTypes"/> row a created type derives from, by the names of its base types;
/// the answer is kept per type (a compilation creates the same few client types again and again).
/// One per compilation that has any of the base types' namespaces.
/// </summary>
internal sealed class ClientBaseTypeSymbols
{
    private static readonly TypeTable<ClientBaseType> s_table = new(ClientBaseTypes.All, r => r.TypeMetadataName);

    private readonly ConcurrentDictionary<INamedTypeSymbol, ClientBaseType?> _byType = new(SymbolEqualityComparer.Default);

    private ClientBaseTypeSymbols()
    {
    }

    /// <summary>Null when the compilation has none of the base types' namespaces.</summary>
    public static ClientBaseTypeSymbols? Resolve(Compilation compilation) =>
        ReferencedNamespaces.Of(compilation).ContainsAny(s_table.Namespaces) ? new ClientBaseTypeSymbols() : null;

    /// <summary>The client base the type derives from (the base itself does not count), or null.</summary>
    public ClientBaseType? BaseOf(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class ? _byType.GetOrAdd(type.OriginalDefinition, static t => Find(t)) : null;

    private static ClientBaseType? Find(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (s_table.RowsOf(current.OriginalDefinition) is { IsEmpty: false } rows)
            {
                return rows[0];
            }
        }

        return null;
    }
}
