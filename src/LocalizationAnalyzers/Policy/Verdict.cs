using System;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;

namespace LocalizationAnalyzers.Policy;

internal enum VerdictKind
{
    /// <summary>No jurisdiction declared: nothing to judge against.</summary>
    NoPolicy,

    /// <summary>Inside the jurisdiction, or approved.</summary>
    Compliant,

    /// <summary>Known to be outside the jurisdiction.</summary>
    Outside,

    /// <summary>A host nobody has placed (or placed only partly inside): deny by default for personal data.</summary>
    Unknown,

    /// <summary>The destination is not computable at build time.</summary>
    Unresolved,

    /// <summary>
    /// Not a destination: a documentation name (example.com, *.example, *.test) nobody named in the policy
    /// (a template), or an in-process test server. The site is neither judged nor listed.
    /// </summary>
    NotADestination,
}

/// <summary>A destination judged against the policy of the file it is configured in.</summary>
internal readonly struct Verdict
{
    public Verdict(VerdictKind kind, string place, ImmutableArray<string> countries)
    {
        Kind = kind;
        Place = place;
        Countries = countries;
    }

    public VerdictKind Kind { get; }

    /// <summary>Where the destination is, after data_localization.host_jurisdictions has had its say.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Where the destination is, for messages: "United States (US)", "the azure cloud (38 countries)", "unknown".</summary>
    public string Place { get; }

    /// <summary>
    /// Precedence (SPEC §2): what the policy names explicitly wins over every built-in judgement. A host in
    /// approved_hosts is compliant and one in host_jurisdictions is where it is declared, even when it is
    /// internal (internal_hosts = unapproved never overrides them) or a documentation name.
    /// </summary>
    public static Verdict Judge(Destination destination, DataLocalizationPolicy policy, LocationCatalog catalog)
    {
        var countries = destination.Countries;
        var declared = destination.Host is { } host ? policy.HostJurisdictions.FirstOrDefault(h => h.Host.Matches(host)) : null;
        if (declared is not null)
        {
            countries = declared.Jurisdiction.Countries.OrderBy(c => c, StringComparer.Ordinal).ToImmutableArray();
        }

        if (destination.Kind == DestinationKind.InProcess)
        {
            return new Verdict(VerdictKind.NotADestination, "this process", countries);
        }

        var approvedHost = destination.Host is { } named && policy.ApprovedHosts.Any(p => p.Matches(named));
        if (destination.Kind == DestinationKind.Placeholder && declared is null && !approvedHost)
        {
            return new Verdict(VerdictKind.NotADestination, "a documentation name", countries);
        }

        var place = destination.Kind == DestinationKind.Internal && declared is null ? "an internal network" : Describe(destination, countries, catalog);
        if (policy.Jurisdiction is not { } jurisdiction)
        {
            return new Verdict(VerdictKind.NoPolicy, place, countries);
        }

        if (destination.Kind == DestinationKind.Unresolved)
        {
            return new Verdict(VerdictKind.Unresolved, place, countries);
        }

        if (approvedHost ||
            destination.Provider is { } provider && destination.Region is { } region &&
            catalog.FindRegion(provider, region) is { } cloudRegion && policy.ApprovedRegions.Any(r => r.Matches(cloudRegion)))
        {
            return new Verdict(VerdictKind.Compliant, place, countries);
        }

        if (destination.Kind == DestinationKind.Internal && declared is null)
        {
            return new Verdict(policy.InternalHostsApproved ? VerdictKind.Compliant : VerdictKind.Unknown, place, countries);
        }

        if (countries.IsEmpty)
        {
            return new Verdict(VerdictKind.Unknown, place, countries);
        }

        var inside = countries.Count(jurisdiction.Contains);
        return new Verdict(inside == countries.Length ? VerdictKind.Compliant : inside == 0 ? VerdictKind.Outside : VerdictKind.Unknown, place, countries);
    }

    private static string Describe(Destination destination, System.Collections.Immutable.ImmutableArray<string> countries, LocationCatalog catalog)
    {
        if (countries.IsEmpty)
        {
            return "unknown";
        }

        if (countries.Length <= 3)
        {
            return catalog.Countries.Describe(countries);
        }

        if (catalog.Countries.DescribeBloc(countries) is { } bloc)
        {
            return bloc;
        }

        return (destination.Cloud is { } cloud ? Providers.CloudName(cloud) : "several countries") + " (" + countries.Length + " countries)";
    }
}
