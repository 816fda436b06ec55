using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

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
    public const string Sovereignty = Prefix + "sovereignty";

    /// <summary>The MSBuild property DataLocalizationJurisdiction, made visible by the package's build props.</summary>
    public const string JurisdictionBuildProperty = "build_property.DataLocalizationJurisdiction";

    /// <summary>
    /// The data_localization.* keys set in these options. A host's options provider may not implement
    /// <see cref="AnalyzerConfigOptions.Keys"/> (its default throws): then only the known keys are looked at.
    /// </summary>
    public static IEnumerable<string> SetIn(AnalyzerConfigOptions options)
    {
        IEnumerable<string> keys;
        try
        {
            keys = options.Keys.ToList();
        }
        catch (NotImplementedException)
        {
            keys = All.Where(k => options.TryGetValue(k, out _));
        }

        return keys.Where(k => k.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase));
    }

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        Jurisdiction, ApprovedRegions, ApprovedHosts, HostJurisdictions, PreferredRegions,
        PersonalDataTypes, PersonalDataMembers, PersonalDataAttributes, NotPersonalDataMembers,
        NameHeuristics, InternalHosts, Sovereignty);
}
