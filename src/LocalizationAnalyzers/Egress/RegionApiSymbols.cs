using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The <see cref="RegionApis"/> rows, matched by type name when code uses a member (<see cref="TypeTable{T}"/>).
/// One per compilation that has any of their namespaces; nothing is resolved at compilation start.
/// </summary>
internal sealed class RegionApiSymbols
{
    private static readonly TypeTable<RegionMemberType> s_memberTypes = new(RegionApis.MemberTypes, r => r.MetadataName);

    private static readonly TypeTable<RegionStringSink> s_sinks =
        new TypeTable<RegionStringSink>(RegionApis.StringSinks, r => r.TypeMetadataName).WithMemberNames(RegionApis.StringSinks, r => r.MemberName);

    /// <summary>Namespaces of the types with a conversion operator sink (AzureLocation's implicit conversion from string).</summary>
    private static readonly ImmutableArray<string> s_conversionNamespaces = RegionApis.StringSinks
        .Where(r => r.MemberName.StartsWith("op_", System.StringComparison.Ordinal))
        .Select(r => TypeNames.NamespaceOf(r.TypeMetadataName))
        .Distinct()
        .ToImmutableArray();

    private RegionApiSymbols(bool hasMemberTypes, bool hasStringSinks, bool hasConversionSinks)
    {
        HasMemberTypes = hasMemberTypes;
        HasStringSinks = hasStringSinks;
        HasConversionSinks = hasConversionSinks;
    }

    /// <summary>Null when the compilation has none of the region APIs' namespaces: then nothing is registered.</summary>
    public static RegionApiSymbols? Resolve(Compilation compilation)
    {
        var namespaces = ReferencedNamespaces.Of(compilation);
        var memberTypes = namespaces.ContainsAny(s_memberTypes.Namespaces);
        var sinks = namespaces.ContainsAny(s_sinks.Namespaces);
        return memberTypes || sinks ? new RegionApiSymbols(memberTypes, sinks, sinks && namespaces.ContainsAny(s_conversionNamespaces)) : null;
    }

    public bool HasMemberTypes { get; }

    public bool HasStringSinks { get; }

    /// <summary>Some sink is a conversion operator the compilation can meet: conversions need looking at.</summary>
    public bool HasConversionSinks { get; }

    public RegionMemberType? MemberTypeOf(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && s_memberTypes.RowsOf(type) is { IsEmpty: false } rows ? rows[0] : null;

    /// <summary>Whether a call of this method or constructor may take a region string (its name and type are a sink's).</summary>
    public bool MayTakeRegion(IMethodSymbol method) =>
        s_sinks.MemberNames.Contains(method.Name) && !s_sinks.RowsOf(method.ContainingType?.OriginalDefinition).IsEmpty;

    /// <summary>The sink a parameter (of a method, constructor or conversion operator) belongs to.</summary>
    public RegionStringSink? SinkOf(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol method ? Find(method.ContainingType, method.Name, parameter.Name) : null;

    public RegionStringSink? SinkOf(IPropertySymbol property) => Find(property.ContainingType, property.Name, null);

    private static RegionStringSink? Find(INamedTypeSymbol? type, string member, string? parameter)
    {
        if (type is null || !s_sinks.MemberNames.Contains(member))
        {
            return null;
        }

        foreach (var row in s_sinks.RowsOf(type.OriginalDefinition))
        {
            if (row.MemberName == member && row.ParameterName == parameter)
            {
                return row;
            }
        }

        return null;
    }
}
