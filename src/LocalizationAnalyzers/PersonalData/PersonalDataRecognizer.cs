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
internal sealed class PersonalDataRecognizer
{
    /// <summary>How many members deep a type is examined as a container (Order.Customer.Address.Street is three).</summary>
    public const int MaxDepth = 3;

    /// <summary>The policy key named as evidence for configured members and types.</summary>
    public const string ConfiguredMembersEvidence = "data_localization.personal_data_members";

    public const string ConfiguredTypesEvidence = "data_localization.personal_data_types";

    // Attribute names recognised in any namespace (SPEC §3), with and without the Attribute suffix.
    private static readonly ImmutableHashSet<string> s_personalDataAttributeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "PersonalDataAttribute", "PersonalData", "PiiAttribute", "Pii", "PersonalInformationAttribute", "PersonalInformation");

    private static readonly ImmutableHashSet<string> s_sensitiveDataAttributeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "SensitiveDataAttribute", "SensitiveData");

    // Framework types a value can be held in and still be recognised by its name (a Guid device id, an
    // IPAddress client address, a header's StringValues); other framework types are services, streams, options...
    private static readonly ImmutableHashSet<string> s_frameworkValueTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Guid",
        "System.Net.IPAddress",
        "System.Net.NetworkInformation.PhysicalAddress",
        "System.Net.Mail.MailAddress",
        "System.Net.Mail.MailAddressCollection",
        "System.Text.StringBuilder",
        "System.Text.Json.JsonElement",
        "System.Text.Json.Nodes.JsonNode",
        "System.Text.Json.Nodes.JsonValue",
        "Microsoft.Extensions.Primitives.StringValues");

    private static readonly ImmutableHashSet<string> s_frameworkDateTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal, "System.DateTimeOffset", "System.DateOnly");

    private static readonly ImmutableHashSet<string> s_claimLookupTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Security.Claims.ClaimsPrincipal",
        "System.Security.Claims.ClaimsIdentity",
        "System.Security.Claims.PrincipalExtensions");

    private static readonly ImmutableHashSet<string> s_claimLookupMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "FindFirst", "FindFirstValue", "FindAll");

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

    private enum AttributeKind
    {
        None,
        PersonalData,
        Contact,
        Financial,
        Sensitive,

        /// <summary>[NoDataClassification]: explicitly not classified data; silences every other way.</summary>
        NotPersonal,
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

    /// <summary>The personal data a claim of this type carries (ClaimTypes.Email, "email"), or null.</summary>
    public PersonalDataInfo? RecognizeClaimType(string claimType)
    {
        if (claimType is null || WellKnownPersonalData.Instance.FindClaim(claimType) is not { } entry)
        {
            return null;
        }

        return new PersonalDataInfo(
            entry.Category, entry.IsSensitive, PersonalDataEvidence.WellKnown, entry.Display, entry.Display,
            symbol: null, root: entry.Display, hops: ImmutableArray<string>.Empty);
    }

    /// <summary>
    /// A ClaimsPrincipal/ClaimsIdentity lookup of a personal-data claim by a constant type:
    /// <c>User.FindFirst(ClaimTypes.Email)</c>, <c>User.FindFirstValue("email")</c>, <c>identity.FindAll(...)</c>.
    /// </summary>
    public PersonalDataInfo? RecognizeClaimLookup(IInvocationOperation invocation)
    {
        var method = invocation?.TargetMethod;
        if (method?.ContainingType is not { } type ||
            !s_claimLookupMethods.Contains(method.Name) ||
            !s_claimLookupTypes.Contains(FullName(type)))
        {
            return null;
        }

        foreach (var argument in invocation!.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String &&
                argument.Value.ConstantValue is { HasValue: true, Value: string claimType })
            {
                return RecognizeClaimType(claimType);
            }
        }

        return null;
    }

    private Lookup LookupSymbol(ISymbol symbol) => symbol switch
    {
        IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol or IMethodSymbol =>
            _symbols.GetOrAdd(symbol, s => ComputeLookup(s)),
        _ => default,
    };

    private Lookup ComputeLookup(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol property, MethodKind: MethodKind.PropertyGet }:
                return LookupSymbol(property);
            case IMethodSymbol { MethodKind: not MethodKind.Ordinary }:
                return default;
            case IMethodSymbol method when method.ReturnsVoid:
                return default;
            case IFieldSymbol { AssociatedSymbol: IPropertySymbol backed }:
                return LookupSymbol(backed);
            case IFieldSymbol field when field.IsConst || field.ContainingType?.TypeKind == TypeKind.Enum:
                // A constant or enum member is a key or a label (const string Email = "email"), not data.
                return default;
        }

        var attributes = FromAttributes(symbol, AttributesOf(symbol));
        if (attributes.Info is not null || attributes.Silenced)
        {
            return attributes;
        }

        var memberName = ConfigurationName(symbol);
        if (memberName is not null && AnyOverridden(symbol, s => _configuredMembers.Contains(ConfigurationName(s)!)))
        {
            var hint = _vocabulary.MatchLenient(IdentifierWords.Split(symbol.Name));
            return new Lookup(Direct(
                symbol,
                hint?.Category ?? PersonalDataCategory.Unspecified,
                hint?.IsSensitive ?? false,
                PersonalDataEvidence.Configuration,
                ConfiguredMembersEvidence));
        }

        if (WellKnownMember(symbol) is { } wellKnown)
        {
            return new Lookup(Direct(symbol, wellKnown.Category, wellKnown.IsSensitive, PersonalDataEvidence.WellKnown, wellKnown.Display));
        }

        if (!_nameHeuristics ||
            (memberName is not null && _notPersonalDataMembers.Contains(memberName)) ||
            IsFrameworkMember(symbol) ||
            TypeOf(symbol) is not { } type)
        {
            return default;
        }

        var words = IdentifierWords.Split(symbol.Name);
        if (symbol is IMethodSymbol)
        {
            // Only getters by name: GetEmail(), GetCustomerName(); SendEmail() returns no e-mail address.
            if (words.Length < 2 || words[0] != "get")
            {
                return default;
            }

            words = words.RemoveAt(0);
        }

        if (_vocabulary.Match(words, IsInPersonType(symbol)) is not { } entry || !TypeMayHold(type, entry.Category, 0))
        {
            return default;
        }

        return new Lookup(Direct(symbol, entry.Category, entry.IsSensitive, PersonalDataEvidence.Name, entry.Text));
    }

    private Lookup FromAttributes(ISymbol holder, IEnumerable<AttributeData> attributes)
    {
        INamedTypeSymbol? evidence = null;
        PersonalDataCategory? category = null;
        var sensitive = false;
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            switch (ClassifyAttribute(attributeClass))
            {
                case AttributeKind.NotPersonal:
                    return new Lookup(null, silenced: true);
                case AttributeKind.Contact:
                    category ??= PersonalDataCategory.Contact;
                    break;
                case AttributeKind.Financial:
                    category ??= PersonalDataCategory.Financial;
                    break;
                case AttributeKind.Sensitive:
                    sensitive = true;
                    break;
                case AttributeKind.PersonalData:
                    break;
                default:
                    continue;
            }

            evidence ??= attributeClass;
        }

        if (evidence is null)
        {
            return default;
        }

        if (category is null)
        {
            // [PersonalData] says that, not what: the name tells the category if it can.
            var hint = _vocabulary.MatchLenient(IdentifierWords.Split(holder.Name));
            category = hint?.Category ?? PersonalDataCategory.Unspecified;
            sensitive |= hint?.IsSensitive ?? false;
        }
        else
        {
            sensitive |= category.Value.IsSensitive();
        }

        var shown = "[" + TrimAttributeSuffix(evidence.Name) + "]";
        return new Lookup(holder is ITypeSymbol type
            ? TypeLevelInfo(type, category.Value, sensitive, PersonalDataEvidence.Attribute, shown)
            : Direct(holder, category.Value, sensitive, PersonalDataEvidence.Attribute, shown));
    }

    private AttributeKind ClassifyAttribute(INamedTypeSymbol attributeClass) =>
        _attributeKinds.GetOrAdd(attributeClass, c =>
        {
            var depth = 0;
            for (var type = c; type is not null && depth < 16; type = type.BaseType, depth++)
            {
                var fullName = FullName(type);
                switch (fullName)
                {
                    case "System.Attribute":
                    case "Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute":
                        // Unknown classification is no classification: the other ways still apply.
                        return AttributeKind.None;
                    case "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute":
                        return AttributeKind.NotPersonal;
                    case "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute":
                        return AttributeKind.PersonalData;
                    case "System.ComponentModel.DataAnnotations.EmailAddressAttribute":
                    case "System.ComponentModel.DataAnnotations.PhoneAttribute":
                        return AttributeKind.Contact;
                    case "System.ComponentModel.DataAnnotations.CreditCardAttribute":
                        return AttributeKind.Financial;
                }

                if (_configuredAttributes.Contains(fullName) || _configuredAttributes.Contains(TrimAttributeSuffix(fullName)))
                {
                    return AttributeKind.PersonalData;
                }

                if (s_sensitiveDataAttributeNames.Contains(type.Name))
                {
                    return AttributeKind.Sensitive;
                }

                if (s_personalDataAttributeNames.Contains(type.Name))
                {
                    return AttributeKind.PersonalData;
                }
            }

            return AttributeKind.None;
        });

    private PersonalDataInfo? TypeInfo(ITypeSymbol type, int budget)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return TypeInfo(array.ElementType, budget);
            case INamedTypeSymbol named when
                named.SpecialType == SpecialType.None &&
                named.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum &&
                !named.IsStatic:
                return _types[budget].GetOrAdd(named, t => ComputeTypeInfo((INamedTypeSymbol)t, budget));
            default:
                // Strings, primitives, object, delegates, pointers, type parameters, error types.
                return null;
        }
    }

    private PersonalDataInfo? ComputeTypeInfo(INamedTypeSymbol type, int budget)
    {
        var typeLevel = TypeLevel(type);
        if (typeLevel.Info is not null || typeLevel.Silenced)
        {
            return typeLevel.Info;
        }

        if (IsFramework(type))
        {
            // List<Customer>, Dictionary<string, Customer>, Task<Customer>, Nullable<T>, (string, Customer):
            // wrappers do not count as a level.
            PersonalDataInfo? best = null;
            foreach (var argument in type.TypeArguments)
            {
                best = Better(best, TypeInfo(argument, budget));
            }

            return ListedContainer(type) && budget > 0 ? Better(best, Walk(type, budget)) : best;
        }

        PersonalDataInfo? byName = null;
        if (_nameHeuristics && _vocabulary.Match(IdentifierWords.Split(type.Name), personType: false) is { } entry)
        {
            // A PhoneNumber or EmailAddress value object, an enum Gender.
            byName = TypeLevelInfo(type, entry.Category, entry.IsSensitive, PersonalDataEvidence.Name, entry.Text);
        }

        return type.TypeKind == TypeKind.Enum || budget == 0 ? byName : Better(byName, Walk(type, budget));
    }

    // Attributes on the type or a base type, configured types (and their subtypes), well-known types.
    private Lookup TypeLevel(INamedTypeSymbol type) =>
        _typeLevel.GetOrAdd(type, t =>
        {
            var definition = t.OriginalDefinition;
            var depth = 0;
            for (var current = definition; current is not null && current.SpecialType != SpecialType.System_Object && depth < 16; current = current.BaseType, depth++)
            {
                var fromAttributes = FromAttributes(t, current.GetAttributes());
                if (fromAttributes.Info is not null || fromAttributes.Silenced)
                {
                    return fromAttributes;
                }

                if (_configuredTypes.Contains(FullName(current)))
                {
                    return ConfiguredType(t);
                }

                if (_wellKnownTypes.TryGetValue(current, out var wellKnown))
                {
                    return new Lookup(TypeLevelInfo(t, wellKnown.Category, wellKnown.IsSensitive, PersonalDataEvidence.WellKnown, wellKnown.Display));
                }
            }

            foreach (var @interface in definition.AllInterfaces)
            {
                if (_configuredTypes.Contains(FullName(@interface)))
                {
                    return ConfiguredType(t);
                }
            }

            return default;
        });

    private Lookup ConfiguredType(INamedTypeSymbol type)
    {
        var hint = _vocabulary.MatchLenient(IdentifierWords.Split(type.Name));
        return new Lookup(TypeLevelInfo(
            type, hint?.Category ?? PersonalDataCategory.Unspecified, hint?.IsSensitive ?? false, PersonalDataEvidence.Configuration, ConfiguredTypesEvidence));
    }

    // The instance fields and properties of the type and its bases (framework bases only when listed containers).
    private PersonalDataInfo? Walk(INamedTypeSymbol type, int budget)
    {
        PersonalDataInfo? best = null;
        var depth = 0;
        for (var current = type; current is not null && depth < 16; current = current.BaseType, depth++)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                break;
            }

            if (IsFramework(current) && !ListedContainer(current))
            {
                // IdentityUser : IdentityUser<string>: only the listed framework bases are examined.
                continue;
            }

            foreach (var member in current.GetMembers())
            {
                if (!IsDataMember(member))
                {
                    continue;
                }

                var lookup = LookupSymbol(member);
                if (lookup.Silenced)
                {
                    continue;
                }

                if (lookup.Info is { } direct)
                {
                    best = Better(best, direct.From(type.Name, member.Name));
                }
                else if (TypeOf(member) is { } memberType && TypeInfo(memberType, budget - 1) is { } nested)
                {
                    best = Better(best, nested.Through(type.Name, member, SourceOf(member)));
                }
            }
        }

        return best;
    }

    private static bool IsDataMember(ISymbol member) =>
        !member.IsStatic &&
        member.DeclaredAccessibility != Accessibility.Private &&
        member switch
        {
            IFieldSymbol field => !field.IsConst && field.AssociatedSymbol is null && !field.IsImplicitlyDeclared,
            IPropertySymbol property => !property.IsIndexer,
            _ => false,
        };

    // Sensitive beats not; a known category beats personal_data; shallower beats deeper; then first found.
    private static PersonalDataInfo? Better(PersonalDataInfo? current, PersonalDataInfo? candidate)
    {
        if (current is null)
        {
            return candidate;
        }

        if (candidate is null)
        {
            return current;
        }

        if (candidate.IsSensitive != current.IsSensitive)
        {
            return candidate.IsSensitive ? candidate : current;
        }

        var candidateKnown = candidate.Category != PersonalDataCategory.Unspecified;
        if (candidateKnown != (current.Category != PersonalDataCategory.Unspecified))
        {
            return candidateKnown ? candidate : current;
        }

        return candidate.Hops.Length < current.Hops.Length ? candidate : current;
    }

    private bool ListedContainer(INamedTypeSymbol type) => _containers.Contains(type.OriginalDefinition);

    private WellKnownEntry? WellKnownMember(ISymbol symbol)
    {
        if (symbol is not (IFieldSymbol or IPropertySymbol))
        {
            return null;
        }

        var depth = 0;
        for (ISymbol? current = symbol; current is not null && depth < 8; current = (current as IPropertySymbol)?.OverriddenProperty, depth++)
        {
            if (current.ContainingType is { } type &&
                _wellKnownMembers.TryGetValue(type.OriginalDefinition, out var members) &&
                members.TryGetValue(current.Name, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    // The member and the members it overrides (a property override loses no attribute or configuration).
    private static bool AnyOverridden(ISymbol symbol, Func<ISymbol, bool> predicate)
    {
        var depth = 0;
        for (ISymbol? current = symbol; current is not null && depth < 8; current = Overridden(current), depth++)
        {
            if (predicate(current))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.OverriddenProperty,
        IMethodSymbol method => method.OverriddenMethod,
        _ => null,
    };

    private static IEnumerable<AttributeData> AttributesOf(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            return method.GetReturnTypeAttributes();
        }

        if (symbol is not IPropertySymbol property)
        {
            return symbol.GetAttributes();
        }

        var attributes = new List<AttributeData>(property.GetAttributes());
        var depth = 0;
        for (var overridden = property.OverriddenProperty; overridden is not null && depth < 8; overridden = overridden.OverriddenProperty, depth++)
        {
            attributes.AddRange(overridden.GetAttributes());
        }

        return attributes;
    }

    // Names by the vocabulary only for the compilation's own code and third-party libraries: framework
    // members are covered by attributes and the well-known table (HttpRequest.Host is no host of a person).
    private static bool IsFrameworkMember(ISymbol symbol) => symbol switch
    {
        ILocalSymbol => false,
        IFieldSymbol { ContainingType.IsTupleType: true } => false,
        IParameterSymbol parameter => parameter.ContainingSymbol?.ContainingType is { } type && IsFramework(type),
        _ => symbol.ContainingType is { } type && IsFramework(type),
    };

    private bool IsInPersonType(ISymbol symbol)
    {
        var type = symbol switch
        {
            ILocalSymbol => null,
            IParameterSymbol parameter => parameter.ContainingSymbol?.ContainingType,
            _ => symbol.ContainingType,
        };

        return type is not null && _personTypes.GetOrAdd(type, t =>
        {
            var depth = 0;
            for (var current = t; current is not null && depth < 8 && current.SpecialType != SpecialType.System_Object; current = current.BaseType, depth++)
            {
                if (_vocabulary.IsPersonTypeName(current.Name))
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>
    /// Whether a value of the type can be the named data: strings, numbers, chars, enums, Guid, IPAddress,
    /// the project's own classes and structs (an Address, a PhoneNumber), and arrays, nullables and framework
    /// generics of those. Never a bool (HasEmail), an interface or delegate (IEmailService) or another framework
    /// type (HttpClient); a date only for a birth date (EmailVerifiedAt is no e-mail address).
    /// </summary>
    private static bool TypeMayHold(ITypeSymbol type, PersonalDataCategory category, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return false;
            case SpecialType.System_DateTime:
                return category == PersonalDataCategory.BirthDate;
            case SpecialType.System_String:
            case SpecialType.System_Char:
            case SpecialType.System_Object:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
                return true;
        }

        switch (type.TypeKind)
        {
            case TypeKind.Array:
                return TypeMayHold(((IArrayTypeSymbol)type).ElementType, category, depth + 1);
            case TypeKind.Enum:
            case TypeKind.Dynamic:
            case TypeKind.TypeParameter:
            case TypeKind.Error:
                return true;
            case TypeKind.Class:
            case TypeKind.Struct:
            case TypeKind.Interface:
                break;
            default:
                return false;
        }

        var named = (INamedTypeSymbol)type;
        if (!IsFramework(named))
        {
            return named.TypeKind != TypeKind.Interface && !named.IsStatic;
        }

        var fullName = FullName(named);
        if (s_frameworkValueTypes.Contains(fullName))
        {
            return true;
        }

        if (s_frameworkDateTypes.Contains(fullName))
        {
            return category == PersonalDataCategory.BirthDate;
        }

        foreach (var argument in named.TypeArguments)
        {
            if (TypeMayHold(argument, category, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

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
    private static bool IsFramework(INamedTypeSymbol type)
    {
        if (!type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        var root = type.ContainingNamespace;
        if (root is null || root.IsGlobalNamespace)
        {
            return false;
        }

        while (root.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root.Name is "System" or "Microsoft";
    }

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(s_fullNameFormat);

    private static string TrimAttributeSuffix(string name) =>
        name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;

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
