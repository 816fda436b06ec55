using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>The <see cref="PayloadApis"/> rows this compilation references, resolved once at compilation start.</summary>
internal sealed class PayloadApiSymbols
{
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<PayloadApi>> _byType;

    private PayloadApiSymbols(Dictionary<INamedTypeSymbol, ImmutableArray<PayloadApi>> byType) => _byType = byType;

    public static PayloadApiSymbols? Resolve(Compilation compilation)
    {
        var byType = SymbolTable.Resolve(compilation, PayloadApis.All, r => r.TypeMetadataName);
        return byType.Count == 0 ? null : new PayloadApiSymbols(byType);
    }

    /// <summary>The row of a called method (or one it overrides), or of a property for a property row.</summary>
    public PayloadApi? Match(ISymbol member)
    {
        for (var current = member; current is not null; current = current switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        })
        {
            if (current.ContainingType is { } type && _byType.TryGetValue(type.OriginalDefinition, out var rows))
            {
                var isProperty = current is IPropertySymbol;
                foreach (var row in rows)
                {
                    if (row.MemberName == current.Name && (row.PayloadParameters is null) == isProperty)
                    {
                        return row;
                    }
                }
            }
        }

        return null;
    }
}
