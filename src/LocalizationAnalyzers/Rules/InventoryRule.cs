using System.Collections.Immutable;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC100: one hidden diagnostic per egress site (and per call handing personal data to a sending
/// helper), with or without a policy, carrying the inventory as properties, so a SARIF log of the build
/// is a complete transfer inventory.
/// </summary>
internal static class InventoryRule
{
    public static Diagnostic Create(EgressSite site, SiteJudgement judgement, DataLocalizationPolicy policy, Payload payload, string rules, bool throughHelper = false)
    {
        var destination = judgement.Destination;
        var principal = payload.Principal;
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties["api"] = site.Api;
        properties["egressKind"] = site.Kind.ToString().ToLowerInvariant();
        properties["destination"] = destination.Display;
        properties["host"] = destination.Host ?? "";
        properties["provider"] = destination.Provider ?? "";
        properties["region"] = destination.Region ?? "";
        properties["country"] = judgement.Verdict.Countries.IsEmpty ? "unknown" : string.Join("+", judgement.Verdict.Countries);
        properties["personalData"] = payload.CategoryList;
        properties["sensitive"] = payload.IsSensitive ? "true" : "false";
        properties["source"] = principal?.Path ?? "";
        if (Catalog.LocationCatalog.Instance.Operators.Find(destination.Cloud, destination.Region, destination.Countries) is { } @operator)
        {
            // Who runs the destination, whatever the policy says about sovereignty: the inventory is complete.
            properties["operator"] = @operator.Name;
            properties["operatorJurisdiction"] = string.Join("+", @operator.AnswersTo);
        }

        properties["verdict"] = VerdictName(judgement.Verdict.Kind);
        properties["jurisdiction"] = policy.Jurisdiction?.Display ?? "";
        properties["rules"] = rules;

        return Diagnostic.Create(
            throughHelper ? Descriptors.EgressInventoryThroughHelper : Descriptors.EgressInventory,
            site.Operation.Syntax.GetLocation(),
            properties.ToImmutable(),
            site.ShortApi,
            principal is null ? "no personal data" : payload.CategoryList + " (" + principal.Path + ")",
            destination.Display,
            judgement.Verdict.Place,
            VerdictText(judgement.Verdict.Kind, policy));
    }

    private static string VerdictName(VerdictKind kind) => kind switch
    {
        VerdictKind.Compliant => "compliant",
        VerdictKind.Outside => "outside",
        VerdictKind.NoPolicy => "no-policy",
        _ => "unverified",
    };

    private static string VerdictText(VerdictKind kind, DataLocalizationPolicy policy) => kind switch
    {
        VerdictKind.Compliant => "compliant",
        VerdictKind.Outside => "outside the approved jurisdiction " + policy.Jurisdiction!.Display,
        VerdictKind.NoPolicy => "no jurisdiction declared",
        VerdictKind.Unresolved => "destination not known at build time",
        _ => "location not verified",
    };
}
