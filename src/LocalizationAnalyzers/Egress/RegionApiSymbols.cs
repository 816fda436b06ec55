using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>The <see cref="RegionApis"/> rows this compilation references, resolved once at compilation start.</summary>
internal sealed class RegionApiSymbols
{
    private readonly Dictionary<INamedTypeSymbol, RegionMemberType> _memberTypes;
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringParameter>> _stringParameterTypes;

    private RegionApiSymbols(
        Dictionary<INamedTypeSymbol, RegionMemberType> memberTypes,
        Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringParameter>> stringParameterTypes)
    {
        _memberTypes = memberTypes;
        _stringParameterTypes = stringParameterTypes;
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

        var stringParameterTypes = new Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringParameter>>(SymbolEqualityComparer.Default);
        foreach (var group in RegionApis.StringParameters.GroupBy(r => r.TypeMetadataName))
        {
            if (compilation.GetTypeByMetadataName(group.Key) is { } type)
            {
                stringParameterTypes[type] = group.ToImmutableArray();
            }
        }

        return memberTypes.Count == 0 && stringParameterTypes.Count == 0
            ? null
            : new RegionApiSymbols(memberTypes, stringParameterTypes);
    }

    public bool HasMemberTypes => _memberTypes.Count > 0;

    public bool HasStringParameters => _stringParameterTypes.Count > 0;

    public RegionMemberType? MemberTypeOf(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && _memberTypes.TryGetValue(type, out var row) ? row : null;

    public RegionStringParameter? StringParameterOf(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method ||
            method.ContainingType is not { } type ||
            !_stringParameterTypes.TryGetValue(type, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (row.MethodName == method.Name && row.ParameterName == parameter.Name)
            {
                return row;
            }
        }

        return null;
    }
}
