using System.Collections.Generic;
using System.Linq;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC001 and DLOC004: personal data reaches an egress site whose destination is outside the
/// jurisdiction or not known to be inside it (deny by default), or cannot be computed at build time.
/// Reported at the call that sends it (or hands it to a sending helper); the data's source member is an
/// additional location. The endpoint rule stays silent where this one speaks.
/// </summary>
internal static class PersonalDataRule
{
    /// <summary>The diagnostic for this payload at this site, or null when the site is compliant or carries no personal data.</summary>
    /// <param name="endpointLiteral">The literal naming the destination in the same call, when there is one: a fix may swap its host.</param>
    public static Diagnostic? Evaluate(string shortApi, Location at, SiteJudgement judgement, Payload payload, DataLocalizationPolicy policy, bool throughHelper,
        StringValue? endpointLiteral = null, Catalog.LocationCatalog? catalog = null)
    {
        if (payload.Principal is not { } data || policy.Jurisdiction is not { } jurisdiction)
        {
            return null;
        }

        // "contact, name data", "government_id data (sensitive personal information)"
        var what = payload.CategoryList.Replace(",", ", ") + (payload.IsSensitive ? " data (sensitive personal information)" : " data");
        var additional = SourceLocations(payload).ToList();
        var properties = SiteProperties(judgement);
        if (endpointLiteral is { IsLiteral: true } literal && catalog is not null &&
            EndpointRule.CounterpartFor(judgement.Destination, jurisdiction, catalog) is { } counterpart)
        {
            // The literal goes first among the additional locations: the endpoint fix rewrites it.
            additional.Insert(0, literal.Location);
            properties = properties.SetItem(FixProperties.CounterpartHost, counterpart).SetItem(FixProperties.EndpointLiteralIndex, "0");
        }

        switch (judgement.Verdict.Kind)
        {
            case VerdictKind.Outside:
            case VerdictKind.Unknown:
                var where = Where(judgement, jurisdiction.Display);
                return Diagnostic.Create(
                    throughHelper ? Descriptors.PersonalDataOutsideJurisdictionThroughHelper : Descriptors.PersonalDataOutsideJurisdiction,
                    at, additional, properties, shortApi, what, data.Path, judgement.Destination.Display, where);

            case VerdictKind.Unresolved:
                return Diagnostic.Create(
                    throughHelper ? Descriptors.UnverifiableDestinationThroughHelper : Descriptors.UnverifiableDestination,
                    at, additional, properties, shortApi, what, data.Path, jurisdiction.Display);

            default:
                return null;
        }
    }

    /// <summary>
    /// Where the destination is and what to do, for its kind (SPEC §5): a cloud region is approved in
    /// data_localization.approved_regions, a host in approved_hosts or placed with host_jurisdictions.
    /// Following the advice silences the finding and is valid policy.
    /// </summary>
    private static string Where(SiteJudgement judgement, string jurisdiction)
    {
        var destination = judgement.Destination;
        var isRegion = destination.Kind == DestinationKind.Region;
        if (judgement.Verdict.Kind == VerdictKind.Outside)
        {
            return "which is in " + judgement.Verdict.Place + ", outside the approved jurisdiction " + jurisdiction +
                   "; send it to a destination inside " + jurisdiction + ", or " +
                   (isRegion
                       ? "approve the region in data_localization.approved_regions (" + destination.Display + ")"
                       : "approve the host in data_localization.approved_hosts") +
                   " once the transfer is assessed";
        }

        return "which is not known to be in " + jurisdiction + " and is not approved (" +
               (isRegion
                   ? "approve the region in data_localization.approved_regions (" + destination.Display + ")"
                   : "place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts") +
               ")";
    }

    /// <summary>Where the data is declared: the squiggle's additional locations point a reviewer at it.</summary>
    private static IEnumerable<Location> SourceLocations(Payload payload) =>
        payload.Data.Select(d => d.Symbol?.Locations.FirstOrDefault()).Where(l => l is { IsInSource: true }).Distinct().Take(3)!;

    /// <summary>The host, for the endpoint fixes (approve it, use its counterpart) that apply to DLOC001 too.</summary>
    private static System.Collections.Immutable.ImmutableDictionary<string, string?> SiteProperties(SiteJudgement judgement)
    {
        var properties = FixProperties.CreateBuilder();
        if (judgement.Destination.Host is { } host)
        {
            properties[FixProperties.Host] = host;
        }

        return properties.ToImmutable();
    }
}
