using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>The <see cref="RegionApis"/> rows this compilation references, resolved once at compilation start.</summary>
internal sealed class RegionApiSymbols
{
    private readonly Dictionary<INamedTypeSymbol, RegionMemberType> _memberTypes;
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringSink>> _sinkTypes;

    private RegionApiSymbols(Dictionary<INamedTypeSymbol, RegionMemberType> memberTypes, Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringSink>> sinkTypes)
    {
        _memberTypes = memberTypes;
        _sinkTypes = sinkTypes;
    }

    /// <summary>Null when the compilation references none of the region APIs: then nothing is registered.</summary>
    public static RegionApiSymbols? Resolve(Compilation compilation)
    {
        var memberTypes = new Dictionary<INamedTypeSymbol, RegionMemberType>(SymbolEqualityComparer.Default);
        foreach (var row in RegionApis.MemberTypes)
        {
            if (compilation.GetTypeByMetadataName(row.MetadataName) is { } type)
            {
                memberTypes[type] = row;
            }
        }

        var sinkTypes = SymbolTable.Resolve(compilation, RegionApis.StringSinks, r => r.TypeMetadataName);

        return memberTypes.Count == 0 && sinkTypes.Count == 0 ? null : new RegionApiSymbols(memberTypes, sinkTypes);
    }

    public bool HasMemberTypes => _memberTypes.Count > 0;

    public bool HasStringSinks => _sinkTypes.Count > 0;

    public RegionMemberType? MemberTypeOf(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && _memberTypes.TryGetValue(type, out var row) ? row : null;

    /// <summary>The sink a parameter (of a method, constructor or conversion operator) belongs to.</summary>
    public RegionStringSink? SinkOf(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol method ? Find(method.ContainingType, method.Name, parameter.Name) : null;

    public RegionStringSink? SinkOf(IPropertySymbol property) => Find(property.ContainingType, property.Name, null);

    private RegionStringSink? Find(INamedTypeSymbol? type, string member, string? parameter)
    {
        if (type is null || !_sinkTypes.TryGetValue(type.OriginalDefinition, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (row.MemberName == member && row.ParameterName == parameter)
            {
                return row;
            }
        }

        return null;
    }
}
