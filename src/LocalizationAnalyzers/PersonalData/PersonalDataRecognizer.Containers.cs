using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>What a type is or contains: type-level attributes, configuration and well-known types, type names, and the walk over its members (SPEC §3 "personal-data container").</summary>
internal sealed partial class PersonalDataRecognizer
{
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

        if (SdkNamespaces.Contains(type))
        {
            // List<Customer>, Dictionary<string, Customer>, Task<Customer>, Nullable<T>, (string, Customer):
            // wrappers do not count as a level. An SDK's own shapes (PutObjectRequest, SentryUser) are not
            // personal by what they could hold (SPEC §3): what the code sets into them is traced instead.
            PersonalDataInfo? best = null;
            foreach (var argument in type.TypeArguments)
            {
                best = Better(best, TypeInfo(argument, budget));
            }

            return ListedContainer(type) && budget > 0 ? Better(best, Walk(type, budget)) : best;
        }

        var byName = ByTypeName(type);
        return type.TypeKind == TypeKind.Enum || budget == 0 ? byName : Better(byName, Walk(type, budget));
    }

    // A PhoneNumber or EmailAddress value object, an enum Gender.
    private PersonalDataInfo? ByTypeName(INamedTypeSymbol type) =>
        _nameHeuristics && _vocabulary.Match(IdentifierWords.Split(type.Name), personType: false) is { } entry
            ? TypeLevelInfo(type, entry.Category, entry.IsSensitive, PersonalDataEvidence.Name, entry.Text)
            : null;

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

    /// <summary>
    /// What a new instance holds when its initialiser sets some members (new ContactDto { Email = ... }): the
    /// members it sets are the tracer's business (their values decide, SPEC §2: a copy of a member declared
    /// not personal stays not personal), the others answer as in <see cref="RecognizeType"/>.
    /// </summary>
    public PersonalDataInfo? RecognizeTypeExcept(ITypeSymbol type, ICollection<ISymbol> set)
    {
        if (set.Count == 0 || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || SdkNamespaces.Contains(named))
        {
            return RecognizeType(type);
        }

        var typeLevel = TypeLevel(named);
        if (typeLevel.Info is not null || typeLevel.Silenced)
        {
            return typeLevel.Info;
        }

        return Better(ByTypeName(named), Walk(named, MaxDepth, set));
    }

    // The instance fields and properties of the type and its bases (framework bases only when listed containers).
    private PersonalDataInfo? Walk(INamedTypeSymbol type, int budget, ICollection<ISymbol>? skip = null)
    {
        PersonalDataInfo? best = null;
        var depth = 0;
        for (var current = type; current is not null && depth < 16; current = current.BaseType, depth++)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                break;
            }

            if (SdkNamespaces.Contains(current) && !ListedContainer(current))
            {
                // IdentityUser : IdentityUser<string>: only the listed framework and SDK bases are examined.
                continue;
            }

            foreach (var member in current.GetMembers())
            {
                if (!IsDataMember(member) || skip is not null && skip.Contains(member))
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
}
