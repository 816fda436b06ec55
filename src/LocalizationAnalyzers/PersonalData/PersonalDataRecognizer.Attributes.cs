using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>Recognition by attribute (SPEC §3, first way): on the member, parameter, return value or type.</summary>
internal sealed partial class PersonalDataRecognizer
{
    // Attribute names recognised in any namespace (SPEC §3), with and without the Attribute suffix.
    private static readonly ImmutableHashSet<string> s_personalDataAttributeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "PersonalDataAttribute", "PersonalData", "PiiAttribute", "Pii", "PersonalInformationAttribute", "PersonalInformation");

    private static readonly ImmutableHashSet<string> s_sensitiveDataAttributeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "SensitiveDataAttribute", "SensitiveData");

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

    private static string TrimAttributeSuffix(string name) =>
        name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;
}
