using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>The <see cref="EndpointApis"/> rows this compilation references, resolved once at compilation start.</summary>
internal sealed class EndpointApiSymbols
{
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<EndpointApi>> _byType;

    private EndpointApiSymbols(Dictionary<INamedTypeSymbol, ImmutableArray<EndpointApi>> byType) => _byType = byType;

    /// <summary>Null when the compilation references none of the endpoint APIs.</summary>
    public static EndpointApiSymbols? Resolve(Compilation compilation)
    {
        var byType = SymbolTable.Resolve(compilation, EndpointApis.All, r => r.TypeMetadataName);
        return byType.Count == 0 ? null : new EndpointApiSymbols(byType);
    }

    /// <summary>The endpoint argument of a call or creation of a known API (overrides count as their base member).</summary>
    public (EndpointApi Api, IArgumentOperation Argument)? MatchCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (!_byType.TryGetValue(current.ContainingType.OriginalDefinition, out var rows))
            {
                continue;
            }

            var name = current.MethodKind == MethodKind.Constructor ? ".ctor" : current.Name;
            foreach (var row in rows)
            {
                if (row.MemberName != name || row.ParameterName is null)
                {
                    continue;
                }

                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Name == row.ParameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        return (row, argument);
                    }
                }
            }
        }

        return null;
    }

    public EndpointApi? MatchProperty(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (_byType.TryGetValue(current.ContainingType.OriginalDefinition, out var rows))
            {
                foreach (var row in rows)
                {
                    if (row.IsProperty && row.MemberName == current.Name)
                    {
                        return row;
                    }
                }
            }
        }

        return null;
    }
}
