using System.Collections.Immutable;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The <see cref="EndpointApis"/> rows, matched by member and type name when code uses a member
/// (<see cref="TypeTable{T}"/>). One per compilation that has any of their namespaces.
/// </summary>
internal sealed class EndpointApiSymbols
{
    private static readonly TypeTable<EndpointApi> s_table =
        new TypeTable<EndpointApi>(EndpointApis.All, r => r.TypeMetadataName).WithMemberNames(EndpointApis.All, r => r.MemberName);

    private static readonly EndpointApiSymbols s_instance = new();

    private EndpointApiSymbols()
    {
    }

    /// <summary>Null when the compilation has none of the endpoint APIs' namespaces.</summary>
    public static EndpointApiSymbols? Resolve(Compilation compilation) =>
        ReferencedNamespaces.Of(compilation).ContainsAny(s_table.Namespaces) ? s_instance : null;

    /// <summary>The endpoint argument of a call or creation of a known API (overrides count as their base member).</summary>
    public (EndpointApi Api, IArgumentOperation Argument)? MatchCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        // Overrides share their base member's name: one look at the name rules out most calls.
        if (!s_table.MemberNames.Contains(method.Name))
        {
            return null;
        }

        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            var name = current.MethodKind == MethodKind.Constructor ? ".ctor" : current.Name;
            foreach (var row in s_table.RowsOf(current.ContainingType.OriginalDefinition))
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
        if (!s_table.MemberNames.Contains(property.Name))
        {
            return null;
        }

        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var row in s_table.RowsOf(current.ContainingType.OriginalDefinition))
            {
                if (row.IsProperty && row.MemberName == current.Name)
                {
                    return row;
                }
            }
        }

        return null;
    }
}
