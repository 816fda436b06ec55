using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The <see cref="PayloadApis"/> rows, matched by member and type name when code uses a member
/// (<see cref="TypeTable{T}"/>). One per compilation that has any of their namespaces.
/// </summary>
internal sealed class PayloadApiSymbols
{
    private static readonly TypeTable<PayloadApi> s_table =
        new TypeTable<PayloadApi>(PayloadApis.All, r => r.TypeMetadataName).WithMemberNames(PayloadApis.All, r => r.MemberName);

    private static readonly PayloadApiSymbols s_instance = new();

    private PayloadApiSymbols()
    {
    }

    /// <summary>Null when the compilation has none of the payload APIs' namespaces.</summary>
    public static PayloadApiSymbols? Resolve(Compilation compilation) =>
        ReferencedNamespaces.Of(compilation).ContainsAny(s_table.Namespaces) ? s_instance : null;

    /// <summary>The row of a called method (or one it overrides), or of a property for a property row.</summary>
    public PayloadApi? Match(ISymbol member)
    {
        // Overrides share their base member's name: one look at the name rules out most members.
        if (!s_table.MemberNames.Contains(member.Name))
        {
            return null;
        }

        for (var current = member; current is not null; current = current switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        })
        {
            var isProperty = current is IPropertySymbol;
            foreach (var row in s_table.RowsOf(current.ContainingType?.OriginalDefinition))
            {
                if (row.MemberName == current.Name && (row.PayloadParameters is null) == isProperty)
                {
                    return row;
                }
            }
        }

        return null;
    }
}
