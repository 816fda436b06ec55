using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Resolves the rows of an API table (keyed by type metadata name) to the types one compilation references.
/// Still used by the request-builder and database tables; the other tables match by name when met (Symbols/TypeTable),
/// which costs nothing per compilation: these two should move there too.
/// </summary>
internal static class SymbolTable
{
    /// <summary>Rows grouped by the type symbol they name; types the compilation does not reference are left out.</summary>
    public static Dictionary<INamedTypeSymbol, ImmutableArray<T>> Resolve<T>(Compilation compilation, IEnumerable<T> rows, Func<T, string> typeName)
    {
        var byType = new Dictionary<INamedTypeSymbol, ImmutableArray<T>>(SymbolEqualityComparer.Default);
        foreach (var group in rows.GroupBy(typeName))
        {
            if (compilation.GetTypeByMetadataName(group.Key) is { } type)
            {
                byType[type] = group.ToImmutableArray();
            }
        }

        return byType;
    }
}
