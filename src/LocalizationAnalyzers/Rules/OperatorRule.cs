using System.Collections.Generic;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC007: a destination inside the jurisdiction whose operator answers to another state (a US provider's EU
/// region under EU). Only under data_localization.sovereignty = on; reported where DLOC002/DLOC003 would be (the
/// region or endpoint as written). A destination the policy names explicitly (approved_regions, approved_hosts,
/// host_jurisdictions) has been assessed and stays quiet; so does one whose operator nobody has recorded.
/// </summary>
internal static class OperatorRule
{
    /// <summary>The foreign operator of a destination that is otherwise compliant, or null.</summary>
    public static CloudOperator? ForeignOperator(Destination destination, DataLocalizationPolicy policy, LocationCatalog catalog)
    {
        if (!policy.Sovereignty || policy.Jurisdiction is not { } jurisdiction ||
            destination.Kind is not (DestinationKind.Host or DestinationKind.Region) ||
            destination.Countries.IsEmpty || !jurisdiction.ContainsAll(destination.Countries) ||
            IsNamedByPolicy(destination, policy, catalog))
        {
            return null;
        }

        return catalog.Operators.Find(destination.Cloud, destination.Region, destination.Countries) is { } @operator &&
               !jurisdiction.ContainsAll(@operator.AnswersTo)
            ? @operator
            : null;
    }

    /// <summary>True when the operator of a region answers only to states inside the jurisdiction (a fix may offer it).</summary>
    public static bool OperatedInside(CloudRegion region, DataLocalizationPolicy policy, LocationCatalog catalog) =>
        policy.Jurisdiction is { } jurisdiction &&
        catalog.Operators.Find(region.Cloud, region.Id, region.Countries) is { } @operator &&
        jurisdiction.ContainsAll(@operator.AnswersTo);

    /// <param name="what">"AWS region", "SentryOptions.Dsn endpoint".</param>
    /// <param name="value">The region id or host as the developer wrote it.</param>
    public static Diagnostic Create(Location location, IEnumerable<Location>? additional, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties,
        string what, string value, Destination destination, CloudOperator @operator, DataLocalizationPolicy policy, LocationCatalog catalog) =>
        Diagnostic.Create(
            Descriptors.ForeignOperator,
            location,
            additional,
            properties,
            what,
            value,
            catalog.Countries.Describe(destination.Countries),
            @operator.Name,
            string.Join(" and ", @operator.AnswersTo.Select(c => catalog.Countries.Describe(new[] { c }))),
            policy.Jurisdiction!.Display,
            destination.Kind == DestinationKind.Region ? PolicyKeys.ApprovedRegions : PolicyKeys.ApprovedHosts);

    private static bool IsNamedByPolicy(Destination destination, DataLocalizationPolicy policy, LocationCatalog catalog)
    {
        if (destination.Host is { } host)
        {
            return policy.ApprovedHosts.Any(p => p.Matches(host)) || policy.HostJurisdictions.Any(h => h.Host.Matches(host));
        }

        return destination.Provider is { } provider && destination.Region is { } region &&
               catalog.FindRegion(provider, region) is { } cloudRegion && policy.ApprovedRegions.Any(r => r.Matches(cloudRegion));
    }
}
