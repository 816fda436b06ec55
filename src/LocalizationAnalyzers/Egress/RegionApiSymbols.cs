using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>The <see cref="RegionApis"/> rows this compilation references, resolved once at compilation start.</summary>
internal sealed class RegionApiSymbols
{
    private readonly Dictionary<INamedTypeSymbol, RegionMemberType> _memberTypes;
    private readonly Dictionary<INamedTypeSymbol, RegionValueType> _valueTypes;
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringSink>> _sinkTypes;

    /// <summary>Per constructed type: the constructor sinks of it and its base types (a TencentCloud client's "region").</summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<RegionStringSink>> _constructorSinks = new(SymbolEqualityComparer.Default);

    private RegionApiSymbols(
        Dictionary<INamedTypeSymbol, RegionMemberType> memberTypes,
        Dictionary<INamedTypeSymbol, RegionValueType> valueTypes,
        Dictionary<INamedTypeSymbol, ImmutableArray<RegionStringSink>> sinkTypes)
    {
        _memberTypes = memberTypes;
        _valueTypes = valueTypes;
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

        var valueTypes = new Dictionary<INamedTypeSymbol, RegionValueType>(SymbolEqualityComparer.Default);
        foreach (var row in RegionApis.ValueTypes)
        {
            if (compilation.GetTypeByMetadataName(row.MetadataName) is { } type)
            {
                valueTypes[type] = row;
            }
        }

        var sinkTypes = SymbolTable.Resolve(compilation, RegionApis.StringSinks, r => r.TypeMetadataName);

        return memberTypes.Count == 0 && valueTypes.Count == 0 && sinkTypes.Count == 0 ? null : new RegionApiSymbols(memberTypes, valueTypes, sinkTypes);
    }

    public bool HasMemberTypes => _memberTypes.Count > 0 || _valueTypes.Count > 0;

    public bool HasStringSinks => _sinkTypes.Count > 0 || _valueTypes.Count > 0;

    public RegionMemberType? MemberTypeOf(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && _memberTypes.TryGetValue(type, out var row) ? row : null;

    /// <summary>Whether a member denotes a region by itself (RegionEndpoint.USEast1, SmnRegion.CN_NORTH_4), known to the catalog or not.</summary>
    public bool IsRegionMember(ISymbol member) => MemberTypeOf(member) is not null || ValueTypeOf(member) is not null;

    /// <summary>The region a static SDK member denotes: by the catalog's sdk_members, or by the vendor's naming for value types.</summary>
    public CloudRegion? RegionOfMember(ISymbol member, LocationCatalog catalog)
    {
        if (MemberTypeOf(member) is { } memberType)
        {
            return catalog.FindRegionBySdkMember(memberType.CatalogName, member.Name);
        }

        return ValueTypeOf(member) is { } valueType ? catalog.FindRegion(valueType.Provider, RegionValueType.RegionIdOf(member.Name)) : null;
    }

    /// <summary>
    /// How a candidate region is written in the form of the reported member: "CNNorth1" for RegionEndpoint, "CN_NORTH_4"
    /// for a Huawei service's XxxRegion when that class declares it. Null when the form has no member for it.
    /// </summary>
    public string? ReplacementMember(ISymbol member, CloudRegion candidate)
    {
        if (MemberTypeOf(member) is { } memberType)
        {
            var prefix = memberType.CatalogName + ".";
            return candidate.SdkMembers.FirstOrDefault(m => m.StartsWith(prefix, System.StringComparison.Ordinal))?.Substring(prefix.Length);
        }

        if (ValueTypeOf(member) is not null && member.ContainingType is { } owner)
        {
            var name = RegionValueType.MemberNameOf(candidate.Id);
            return owner.GetMembers(name).Any(m => m.IsStatic && m is IFieldSymbol or IPropertySymbol) ? name : null;
        }

        return null;
    }

    /// <summary>The sink a parameter (of a method, constructor or conversion operator) belongs to.</summary>
    public RegionStringSink? SinkOf(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return null;
        }

        if (method.MethodKind == MethodKind.Constructor)
        {
            foreach (var sink in ConstructorSinks(method.ContainingType))
            {
                if (sink.ParameterName == parameter.Name)
                {
                    return sink;
                }
            }

            return null;
        }

        if (method.IsStatic && method.ReturnType is INamedTypeSymbol returned && _valueTypes.TryGetValue(returned, out var valueType) &&
            method.Name == valueType.FactoryMethod && parameter.Name == valueType.FactoryParameter)
        {
            return valueType.FactorySink;
        }

        return Find(method.ContainingType, method.Name, parameter.Name);
    }

    public RegionStringSink? SinkOf(IPropertySymbol property) => Find(property.ContainingType, property.Name, null);

    /// <summary>A static field or property holding a value of a region value type.</summary>
    private RegionValueType? ValueTypeOf(ISymbol member)
    {
        if (_valueTypes.Count == 0 || !member.IsStatic)
        {
            return null;
        }

        var type = member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return type is INamedTypeSymbol named && _valueTypes.TryGetValue(named, out var row) ? row : null;
    }

    private ImmutableArray<RegionStringSink> ConstructorSinks(INamedTypeSymbol? type)
    {
        if (type is null || _sinkTypes.Count == 0)
        {
            return ImmutableArray<RegionStringSink>.Empty;
        }

        return _constructorSinks.GetOrAdd(type.OriginalDefinition, t =>
        {
            var sinks = ImmutableArray.CreateBuilder<RegionStringSink>();
            for (var current = t; current is not null; current = current.BaseType)
            {
                if (_sinkTypes.TryGetValue(current.OriginalDefinition, out var rows))
                {
                    sinks.AddRange(rows.Where(r => r.MemberName == ".ctor"));
                }
            }

            return sinks.ToImmutable();
        });
    }

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
