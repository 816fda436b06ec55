using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;

namespace LocalizationAnalyzers.Policy;

/// <summary>The policy in force for one source file (SPEC §2), with whatever it could not understand.</summary>
internal sealed class DataLocalizationPolicy
{
    public DataLocalizationPolicy(
        Jurisdiction? jurisdiction,
        ImmutableArray<RegionRef> approvedRegions,
        ImmutableArray<HostPattern> approvedHosts,
        ImmutableArray<HostJurisdiction> hostJurisdictions,
        ImmutableArray<RegionRef> preferredRegions,
        ImmutableArray<string> personalDataTypes,
        ImmutableArray<string> personalDataMembers,
        ImmutableArray<string> personalDataAttributes,
        ImmutableArray<string> notPersonalDataMembers,
        bool nameHeuristics,
        bool internalHostsApproved,
        ImmutableArray<PolicyProblem> problems)
    {
        Jurisdiction = jurisdiction;
        ApprovedRegions = approvedRegions;
        ApprovedHosts = approvedHosts;
        HostJurisdictions = hostJurisdictions;
        PreferredRegions = preferredRegions;
        PersonalDataTypes = personalDataTypes;
        PersonalDataMembers = personalDataMembers;
        PersonalDataAttributes = personalDataAttributes;
        NotPersonalDataMembers = notPersonalDataMembers;
        NameHeuristics = nameHeuristics;
        InternalHostsApproved = internalHostsApproved;
        Problems = problems;
    }

    /// <summary>Null when none is declared: the rules then have nothing to judge against.</summary>
    public Jurisdiction? Jurisdiction { get; }

    public ImmutableArray<RegionRef> ApprovedRegions { get; }

    public ImmutableArray<HostPattern> ApprovedHosts { get; }

    public ImmutableArray<HostJurisdiction> HostJurisdictions { get; }

    public ImmutableArray<RegionRef> PreferredRegions { get; }

    public ImmutableArray<string> PersonalDataTypes { get; }

    public ImmutableArray<string> PersonalDataMembers { get; }

    public ImmutableArray<string> PersonalDataAttributes { get; }

    public ImmutableArray<string> NotPersonalDataMembers { get; }

    public bool NameHeuristics { get; }

    public bool InternalHostsApproved { get; }

    /// <summary>data_localization.sovereignty = on: also judge who operates a destination (DLOC007).</summary>
    public bool Sovereignty { get; init; }

    public ImmutableArray<PolicyProblem> Problems { get; }

    /// <summary>A region is allowed when all of its countries are inside the jurisdiction, or it is approved by name.</summary>
    public bool Allows(CloudRegion region) => Allows(Jurisdiction, ApprovedRegions, region);

    /// <summary>The rule of <see cref="Allows(CloudRegion)"/>, for the policy reader's consistency checks.</summary>
    public static bool Allows(Jurisdiction? jurisdiction, ImmutableArray<RegionRef> approvedRegions, CloudRegion region) =>
        jurisdiction is null ||
        jurisdiction.ContainsAll(region.Countries) ||
        approvedRegions.Any(r => r.Matches(region));

    /// <summary>
    /// Regions of a provider a fix may offer instead: preferred ones first, then those inside the
    /// jurisdiction, then the explicitly approved ones; each at most once, in catalog order.
    /// </summary>
    public ImmutableArray<CloudRegion> ReplacementsFor(string provider, LocationCatalog catalog) =>
        _replacements.GetOrAdd(provider, p => ComputeReplacements(p, catalog));

    /// <summary>Per provider: every DLOC002 of a compilation under this policy offers the same choices.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<CloudRegion>> _replacements = new(System.StringComparer.Ordinal);

    private ImmutableArray<CloudRegion> ComputeReplacements(string provider, LocationCatalog catalog)
    {
        if (Jurisdiction is null)
        {
            return ImmutableArray<CloudRegion>.Empty;
        }

        var ofProvider = catalog.RegionsInFixOrder(provider).ToList();
        var preferred = PreferredRegions.SelectMany(p => ofProvider.Where(p.Matches)).Where(Allows);
        var inside = ofProvider.Where(r => Jurisdiction.ContainsAll(r.Countries));
        var approved = ofProvider.Where(r => ApprovedRegions.Any(a => a.Matches(r)));
        return preferred.Concat(inside).Concat(approved).Distinct().ToImmutableArray();
    }
}
