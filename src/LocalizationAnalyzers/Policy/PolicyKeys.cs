using System.Collections.Immutable;

namespace LocalizationAnalyzers.Policy;

/// <summary>The configuration keys of SPEC §2: promises to users, spelled exactly.</summary>
internal static class PolicyKeys
{
    public const string Prefix = "data_localization.";
    public const string Jurisdiction = Prefix + "jurisdiction";
    public const string ApprovedRegions = Prefix + "approved_regions";
    public const string ApprovedHosts = Prefix + "approved_hosts";
    public const string HostJurisdictions = Prefix + "host_jurisdictions";
    public const string PreferredRegions = Prefix + "preferred_regions";
    public const string PersonalDataTypes = Prefix + "personal_data_types";
    public const string PersonalDataMembers = Prefix + "personal_data_members";
    public const string PersonalDataAttributes = Prefix + "personal_data_attributes";
    public const string NotPersonalDataMembers = Prefix + "not_personal_data_members";
    public const string NameHeuristics = Prefix + "name_heuristics";
    public const string InternalHosts = Prefix + "internal_hosts";

    /// <summary>The MSBuild property DataLocalizationJurisdiction, made visible by the package's build props.</summary>
    public const string JurisdictionBuildProperty = "build_property.DataLocalizationJurisdiction";

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        Jurisdiction, ApprovedRegions, ApprovedHosts, HostJurisdictions, PreferredRegions,
        PersonalDataTypes, PersonalDataMembers, PersonalDataAttributes, NotPersonalDataMembers,
        NameHeuristics, InternalHosts);
}
