using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>What a field, property, parameter, local or getter holds by itself: attribute, configuration, well-known member, then name (when its type may hold the named data).</summary>
internal sealed partial class PersonalDataRecognizer
{
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
            IsSystemConfiguration(symbol) ||
            TypeOf(symbol) is not { } type)
        {
            return default;
        }

        var words = IdentifierWords.Split(symbol.Name);
        if (symbol is IMethodSymbol getter)
        {
            // A method's name says what it does, not what it returns (SPEC §3): only parameterless getters by
            // name count, GetEmail(), GetCustomerName(); SendEmail() returns no e-mail address, a method with
            // parameters computes its result from them (GetAddress(options) builds a URL), and in
            // GetUserIdByEmailAsync() the words after "By" name the key, not the result.
            if (words.Length < 2 || words[0] != "get" || getter.Parameters.Length > 0)
            {
                return default;
            }

            var by = words.IndexOf("by");
            words = by > 0 ? words.RemoveRange(by, words.Length - by).RemoveAt(0) : words.RemoveAt(0);
            if (words.IsEmpty)
            {
                return default;
            }
        }

        if (_vocabulary.Match(words, IsInPersonType(symbol)) is not { } entry || !TypeMayHold(type, entry.Category, 0))
        {
            return default;
        }

        return new Lookup(Direct(symbol, entry.Category, entry.IsSensitive, PersonalDataEvidence.Name, entry.Text));
    }

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

    // Last words of a type name that make it sender or system configuration (SPEC §3): SmtpSettings,
    // EmailOptions, MailConfiguration, SendGridConfig. What they hold (FromEmail, ReplyTo, NoReplyAddress,
    // a service account) is the organisation's own address, set once by an operator, not a person's data.
    private static readonly ImmutableHashSet<string> s_configurationTypeWords = ImmutableHashSet.Create(
        StringComparer.Ordinal, "settings", "setting", "options", "configuration", "configurations", "config", "configs");

    /// <summary>
    /// A member (or constructor parameter) of a settings/options/configuration type: not personal by its name.
    /// Attributes and configured members still count (they are checked first).
    /// </summary>
    private static bool IsSystemConfiguration(ISymbol symbol)
    {
        var type = symbol switch
        {
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } => constructor.ContainingType,
            IFieldSymbol or IPropertySymbol => symbol.ContainingType,
            _ => null,
        };

        if (type is null)
        {
            return false;
        }

        var words = IdentifierWords.Split(type.Name);
        return words.Length > 0 && s_configurationTypeWords.Contains(words[words.Length - 1]);
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
}
