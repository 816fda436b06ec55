using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Policy;

/// <summary>
/// Turns the data_localization.* keys of .editorconfig/.globalconfig (and the MSBuild property) into a
/// policy. A value it cannot understand becomes a <see cref="PolicyProblem"/> and is left out; the rest applies.
/// </summary>
internal static class PolicyReader
{
    public static DataLocalizationPolicy Read(AnalyzerConfigOptions options, LocationCatalog catalog)
    {
        var problems = new List<PolicyProblem>();

        var jurisdiction = ReadJurisdiction(options, catalog, problems);
        var approvedRegions = ReadRegions(options, PolicyKeys.ApprovedRegions, catalog, problems);
        var preferredRegions = ReadRegions(options, PolicyKeys.PreferredRegions, catalog, problems);
        var approvedHosts = ReadList(options, PolicyKeys.ApprovedHosts, problems, (item, add) =>
        {
            var pattern = HostPattern.Parse(item, out var problem);
            if (pattern is null)
            {
                add(item, problem!);
            }

            return pattern;
        });
        var placed = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        var hostJurisdictions = ReadList(options, PolicyKeys.HostJurisdictions, problems, (item, add) =>
        {
            if (ParseHostJurisdiction(item, catalog, add) is not { } parsed)
            {
                return null;
            }

            if (placed.TryGetValue(parsed.Host.Text, out var earlier))
            {
                if (!earlier.Countries.SetEquals(parsed.Jurisdiction.Countries))
                {
                    add(item, "the host is already placed in " + earlier.Display + " by an earlier entry; keep one entry per host (the first applies)");
                }

                return null;
            }

            placed.Add(parsed.Host.Text, parsed.Jurisdiction);
            return parsed;
        });
        var nameHeuristics = ReadBoolean(options, PolicyKeys.NameHeuristics, "true", "false", defaultValue: true, problems);
        var internalHostsApproved = ReadBoolean(options, PolicyKeys.InternalHosts, "approved", "unapproved", defaultValue: true, problems);
        var sovereignty = ReadBoolean(options, PolicyKeys.Sovereignty, "on", "off", defaultValue: false, problems);

        var personalDataTypes = ReadNames(options, PolicyKeys.PersonalDataTypes, problems, members: false);
        var personalDataMembers = ReadNames(options, PolicyKeys.PersonalDataMembers, problems, members: true);
        var personalDataAttributes = ReadNames(options, PolicyKeys.PersonalDataAttributes, problems, members: false);
        var notPersonalDataMembers = ReadNames(options, PolicyKeys.NotPersonalDataMembers, problems, members: true);

        ReportUnknownKeys(options, problems);
        ReportUnreachablePreferences(jurisdiction, approvedRegions, preferredRegions, catalog, problems);
        notPersonalDataMembers = WithoutContradictions(personalDataMembers, notPersonalDataMembers, problems);

        return new DataLocalizationPolicy(
            jurisdiction,
            approvedRegions,
            approvedHosts,
            hostJurisdictions,
            preferredRegions,
            personalDataTypes,
            personalDataMembers,
            personalDataAttributes,
            notPersonalDataMembers,
            nameHeuristics,
            internalHostsApproved,
            problems.ToImmutableArray())
        {
            Sovereignty = sovereignty,
        };
    }

    private static Jurisdiction? ReadJurisdiction(AnalyzerConfigOptions options, LocationCatalog catalog, List<PolicyProblem> problems)
    {
        // The editorconfig key wins over the MSBuild property where both are set (SPEC §2).
        var key = PolicyKeys.Jurisdiction;
        if (!options.TryGetValue(key, out var value) || value.Trim().Length == 0)
        {
            if (options.TryGetValue(key, out _))
            {
                problems.Add(new PolicyProblem(key, "", "the value is empty; " + JurisdictionAccepted(catalog)));
            }

            key = "DataLocalizationJurisdiction (MSBuild property)";
            if (!options.TryGetValue(PolicyKeys.JurisdictionBuildProperty, out value) || value.Trim().Length == 0)
            {
                return null;
            }
        }

        if (PolicyValues.SplitList(value).Count == 0)
        {
            problems.Add(new PolicyProblem(key, value, "the value is empty; " + JurisdictionAccepted(catalog)));
            return null;
        }

        var jurisdiction = Jurisdiction.Parse(value, catalog.Countries, out var unknown);
        foreach (var code in unknown)
        {
            var reason = PolicyValues.HasWildcard(code)
                ? "wildcards are not accepted; " + JurisdictionAccepted(catalog)
                : PolicyValues.WrongSeparatorAdvice(code) ?? "unknown country or bloc code; " + JurisdictionAccepted(catalog);
            problems.Add(new PolicyProblem(key, code, reason));
        }

        return jurisdiction;
    }

    private static string JurisdictionAccepted(LocationCatalog catalog) =>
        "write ISO 3166-1 alpha-2 country codes or the blocs " + string.Join(", ", catalog.Countries.BlocNames) +
        ", comma-separated, e.g. CN or DE, CH or EU";

    private static ImmutableArray<RegionRef> ReadRegions(AnalyzerConfigOptions options, string key, LocationCatalog catalog, List<PolicyProblem> problems) =>
        ReadList(options, key, problems, (item, add) =>
        {
            var region = RegionRef.Parse(item, catalog, out var problem);
            if (region is null)
            {
                add(item, problem!);
            }

            return region;
        });

    private static HostJurisdiction? ParseHostJurisdiction(string item, LocationCatalog catalog, Action<string, string> add)
    {
        var equals = item.IndexOf('=');
        if (equals <= 0 || equals == item.Length - 1)
        {
            add(item, "expected host=COUNTRY pairs, comma-separated (llm-cn.acme.internal=CN, eu.api.partner.com=DE)");
            return null;
        }

        var host = HostPattern.Parse(item.Substring(0, equals), out var hostProblem);
        if (host is null)
        {
            add(item, hostProblem!);
            return null;
        }

        var jurisdiction = Jurisdiction.Parse(item.Substring(equals + 1), catalog.Countries, out var unknown);
        if (jurisdiction is null || unknown.Count > 0)
        {
            add(item, "unknown country code after '='; " + JurisdictionAccepted(catalog));
            return null;
        }

        return new HostJurisdiction(host, jurisdiction);
    }

    private const string NamesAccepted = "expected fully qualified names (Contoso.Customers.Customer, Contoso.Customers.Customer.Email), comma-separated";

    /// <param name="members">True for Type.Member lists: at least two names.</param>
    private static ImmutableArray<string> ReadNames(AnalyzerConfigOptions options, string key, List<PolicyProblem> problems, bool members) =>
        ReadList(options, key, problems, (item, add) =>
        {
            if (PolicyValues.HasWildcard(item))
            {
                add(item, "wildcards are not accepted; list each fully qualified name, comma-separated (Contoso.Customers.Customer, Contoso.Customers.Customer.Email)");
                return null;
            }

            var names = item.Split('.', '+');
            if (!names.All(IsMetadataName))
            {
                add(item, NamesAccepted);
                return null;
            }

            if (members && names.Length < 2)
            {
                add(item, "expected Type.Member or Namespace.Type.Member (Contoso.Customers.Customer.Email)");
                return null;
            }

            return item;
        });

    /// <summary>An identifier, optionally with a generic arity (List`1).</summary>
    private static bool IsMetadataName(string name)
    {
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            var arity = name.Substring(tick + 1);
            if (arity.Length == 0 || !arity.All(c => c is >= '0' and <= '9'))
            {
                return false;
            }

            name = name.Substring(0, tick);
        }

        return name.Length > 0 &&
               (char.IsLetter(name[0]) || name[0] == '_') &&
               name.All(c => char.IsLetterOrDigit(c) || c == '_');
    }

    /// <summary>A preferred region the policy forbids can never be offered by a fix: the user asked for two contrary things.</summary>
    private static void ReportUnreachablePreferences(Jurisdiction? jurisdiction, ImmutableArray<RegionRef> approved, ImmutableArray<RegionRef> preferred, LocationCatalog catalog, List<PolicyProblem> problems)
    {
        if (jurisdiction is null)
        {
            return;
        }

        foreach (var region in preferred)
        {
            var candidates = region.Provider is null
                ? catalog.FindRegionsById(region.Id)
                : catalog.FindRegion(region.Provider, region.Id) is { } one ? ImmutableArray.Create(one) : ImmutableArray<CloudRegion>.Empty;
            if (!candidates.Any(c => DataLocalizationPolicy.Allows(jurisdiction, approved, c)))
            {
                problems.Add(new PolicyProblem(
                    PolicyKeys.PreferredRegions,
                    region.Provider is null ? region.Id : region.Provider + ":" + region.Id,
                    "preferred region outside the jurisdiction " + jurisdiction.Display + " and not approved, so no fix offers it; prefer a region inside " +
                    jurisdiction.Display + " or add it to " + PolicyKeys.ApprovedRegions));
            }
        }
    }

    /// <summary>A member declared both personal and not personal stays personal; the contradiction is reported.</summary>
    private static ImmutableArray<string> WithoutContradictions(ImmutableArray<string> personal, ImmutableArray<string> notPersonal, List<PolicyProblem> problems)
    {
        var contradictions = notPersonal.Where(m => personal.Contains(m, StringComparer.Ordinal)).ToList();
        foreach (var member in contradictions)
        {
            problems.Add(new PolicyProblem(
                PolicyKeys.NotPersonalDataMembers,
                member,
                "also listed in " + PolicyKeys.PersonalDataMembers + ", which wins (not_personal_data_members only silences the name heuristic); remove it from one of the keys"));
        }

        return contradictions.Count == 0 ? notPersonal : notPersonal.RemoveRange(contradictions);
    }

    private static ImmutableArray<T> ReadList<T>(AnalyzerConfigOptions options, string key, List<PolicyProblem> problems, Func<string, Action<string, string>, T?> parse)
    {
        if (!options.TryGetValue(key, out var value))
        {
            return ImmutableArray<T>.Empty;
        }

        var items = PolicyValues.SplitList(value);
        if (items.Count == 0)
        {
            problems.Add(new PolicyProblem(key, value, "the value is empty; remove the key or give a comma-separated list"));
            return ImmutableArray<T>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in items)
        {
            if (PolicyValues.WrongSeparatorAdvice(item) is { } advice)
            {
                problems.Add(new PolicyProblem(key, item, advice));
                continue;
            }

            var parsed = parse(item, (bad, reason) => problems.Add(new PolicyProblem(key, bad, reason)));
            if (parsed is not null)
            {
                result.Add(parsed);
            }
        }

        return result.ToImmutable();
    }

    private static bool ReadBoolean(AnalyzerConfigOptions options, string key, string yes, string no, bool defaultValue, List<PolicyProblem> problems)
    {
        if (!options.TryGetValue(key, out var value))
        {
            return defaultValue;
        }

        var trimmed = value.Trim();
        if (string.Equals(trimmed, yes, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(trimmed, no, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        problems.Add(new PolicyProblem(key, value, "expected '" + yes + "' or '" + no + "'"));
        return defaultValue;
    }

    private static void ReportUnknownKeys(AnalyzerConfigOptions options, List<PolicyProblem> problems)
    {
        foreach (var key in PolicyKeys.SetIn(options))
        {
            if (!PolicyKeys.All.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                options.TryGetValue(key, out var value);
                problems.Add(new PolicyProblem(key, value ?? "", "unknown key; the keys are " + string.Join(", ", PolicyKeys.All)));
            }
        }
    }
}
