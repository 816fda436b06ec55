using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// Recognises personal data (SPEC §3) in the symbols of one compilation under one policy: by attribute,
/// configuration, well-known type or member, then by name. Create one per compilation (and policy) and
/// share it: it is thread-safe and caches its answers per symbol. It never touches files or the
/// environment and answers null for anything it does not understand.
/// </summary>
internal sealed partial class PersonalDataRecognizer
{
    /// <summary>How many members deep a type is examined as a container (Order.Customer.Address.Street is three).</summary>
    public const int MaxDepth = 3;

    /// <summary>The policy key named as evidence for configured members and types.</summary>
    public const string ConfiguredMembersEvidence = "data_localization.personal_data_members";

    public const string ConfiguredTypesEvidence = "data_localization.personal_data_types";

    private static readonly SymbolDisplayFormat s_fullNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private readonly PersonalDataVocabulary _vocabulary;
    private readonly bool _nameHeuristics;
    private readonly ImmutableHashSet<string> _configuredTypes;
    private readonly ImmutableHashSet<string> _configuredMembers;
    private readonly ImmutableHashSet<string> _configuredAttributes;
    private readonly ImmutableHashSet<string> _notPersonalDataMembers;
    private readonly WellKnownTypes _wellKnownTypes;
    private readonly WellKnownMembers _wellKnownMembers;
    private readonly WellKnownTypes _containers;

    private readonly ConcurrentDictionary<ISymbol, Lookup> _symbols = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, AttributeKind> _attributeKinds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _personTypes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lookup> _typeLevel = new(SymbolEqualityComparer.Default);

    // One cache per remaining depth: the answer for a type depends on how deep it may still be examined.
    private readonly ConcurrentDictionary<ITypeSymbol, PersonalDataInfo?>[] _types;

    private PersonalDataRecognizer(Compilation compilation, DataLocalizationPolicy policy)
    {
        _vocabulary = PersonalDataVocabulary.Instance;
        _nameHeuristics = policy.NameHeuristics;
        _configuredTypes = ImmutableHashSet.CreateRange(StringComparer.Ordinal, policy.PersonalDataTypes);
        _configuredMembers = ImmutableHashSet.CreateRange(StringComparer.Ordinal, policy.PersonalDataMembers);
        _configuredAttributes = ImmutableHashSet.CreateRange(StringComparer.Ordinal, policy.PersonalDataAttributes);
        _notPersonalDataMembers = ImmutableHashSet.CreateRange(StringComparer.Ordinal, policy.NotPersonalDataMembers);

        // Matched by type name when a type is met: nothing of the table is resolved per compilation.
        var wellKnown = WellKnownPersonalData.Instance;
        _wellKnownTypes = wellKnown.Types;
        _wellKnownMembers = wellKnown.Members;
        _containers = wellKnown.Containers;

        _types = new ConcurrentDictionary<ITypeSymbol, PersonalDataInfo?>[MaxDepth + 1];
        for (var i = 0; i < _types.Length; i++)
        {
            _types[i] = new ConcurrentDictionary<ITypeSymbol, PersonalDataInfo?>(SymbolEqualityComparer.Default);
        }
    }

    public static PersonalDataRecognizer Create(Compilation compilation, DataLocalizationPolicy policy) => new(compilation, policy);

    /// <summary>
    /// The personal data a field, property, parameter, local or method (its return value; a property
    /// getter answers for its property) holds by itself, or null. What its type contains is
    /// <see cref="RecognizeType"/>'s business; <see cref="RecognizeValue"/> asks both.
    /// </summary>
    public PersonalDataInfo? Recognize(ISymbol symbol) => symbol is null ? null : LookupSymbol(symbol).Info;

    /// <summary>
    /// Whether instances of the type are, or contain, personal data: an attributed, configured or
    /// well-known type; a type whose name names personal data (a PhoneNumber value object); or a
    /// container, one of whose fields or properties holds personal data, up to <see cref="MaxDepth"/>
    /// members deep, through arrays, collections, nullables, tasks and other generic wrappers.
    /// Answers the most telling finding: sensitive first, then a known category, then the shallowest;
    /// its <see cref="PersonalDataInfo.Path"/> says how to reach it (Order.Customer.Email).
    /// </summary>
    public PersonalDataInfo? RecognizeType(ITypeSymbol type) => type is null ? null : TypeInfo(type, MaxDepth);

    /// <summary>The symbol's own personal data, else what its type contains (path through the symbol: Order.Customer.Email).</summary>
    public PersonalDataInfo? RecognizeValue(ISymbol symbol)
    {
        if (symbol is null)
        {
            return null;
        }

        var lookup = LookupSymbol(symbol);
        if (lookup.Info is not null || lookup.Silenced || TypeOf(symbol) is not { } type || RecognizeType(type) is not { } inner)
        {
            return lookup.Info;
        }

        return inner.Through(RootOf(symbol), symbol, SourceOf(symbol));
    }

    /// <summary>
    /// Whether the policy or an attribute says the member is not personal data (not_personal_data_members,
    /// [NoDataClassification]): a copy of its value keeps that verdict wherever it lands (SPEC §2).
    /// </summary>
    public bool IsSilenced(ISymbol symbol) =>
        symbol is not null &&
        (LookupSymbol(symbol).Silenced ||
         ConfigurationName(symbol) is { } name && _notPersonalDataMembers.Contains(name) && LookupSymbol(symbol).Info is null);

    private Lookup LookupSymbol(ISymbol symbol) => symbol switch
    {
        IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol or IMethodSymbol =>
            _symbols.GetOrAdd(symbol, s => ComputeLookup(s)),
        _ => default,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    private static bool IsMember(ISymbol symbol) => symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol;

    // Customer.Email for a member, email for a parameter, local or tuple element.
    private static string SourceOf(ISymbol symbol) => RootOf(symbol) is { Length: > 0 } root ? root + "." + symbol.Name : symbol.Name;

    // Namespace.Type.Member as the policy names members; null for parameters and locals.
    private static string? ConfigurationName(ISymbol symbol) =>
        IsMember(symbol) && symbol.ContainingType is { } type ? FullName(type.OriginalDefinition) + "." + symbol.Name : null;

    private static PersonalDataInfo Direct(ISymbol symbol, PersonalDataCategory category, bool sensitive, PersonalDataEvidence by, string evidence) =>
        new(category, sensitive, by, evidence, SourceOf(symbol), symbol, RootOf(symbol), ImmutableArray.Create(symbol.Name));

    // The declaring type of a member; nothing for a parameter, local or tuple element.
    private static string RootOf(ISymbol symbol) =>
        IsMember(symbol) && symbol.ContainingType is { IsTupleType: false } type ? type.Name : "";

    private static PersonalDataInfo TypeLevelInfo(ITypeSymbol type, PersonalDataCategory category, bool sensitive, PersonalDataEvidence by, string evidence) =>
        new(category, sensitive, by, evidence, type.Name, type, type.Name, ImmutableArray<string>.Empty);

    /// <summary>System.* and Microsoft.* types from referenced assemblies (not the compilation's own source).</summary>
    private static bool IsFramework(INamedTypeSymbol type) => SdkNamespaces.MetadataRootOf(type) is "System" or "Microsoft";

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(s_fullNameFormat);

    private readonly struct Lookup
    {
        public Lookup(PersonalDataInfo? info, bool silenced = false)
        {
            Info = info;
            Silenced = silenced;
        }

        public PersonalDataInfo? Info { get; }

        /// <summary>Explicitly not personal data ([NoDataClassification]): no other way may say it is.</summary>
        public bool Silenced { get; }
    }
}
