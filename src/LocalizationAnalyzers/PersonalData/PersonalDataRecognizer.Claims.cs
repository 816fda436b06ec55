using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>Claims that carry personal data (ClaimTypes.Email) and the principal lookups that read them.</summary>
internal sealed partial class PersonalDataRecognizer
{
    private static readonly ImmutableHashSet<string> s_claimLookupTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Security.Claims.ClaimsPrincipal",
        "System.Security.Claims.ClaimsIdentity",
        "System.Security.Claims.PrincipalExtensions");

    private static readonly ImmutableHashSet<string> s_claimLookupMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "FindFirst", "FindFirstValue", "FindAll");

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
}
