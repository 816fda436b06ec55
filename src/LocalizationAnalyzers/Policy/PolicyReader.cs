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
        var hostJurisdictions = ReadList(options, PolicyKeys.HostJurisdictions, problems, (item, add) =>
            ParseHostJurisdiction(item, catalog, add));
        var nameHeuristics = ReadBoolean(options, PolicyKeys.NameHeuristics, "true", "false", defaultValue: true, problems);
        var internalHostsApproved = ReadBoolean(options, PolicyKeys.InternalHosts, "approved", "unapproved", defaultValue: true, problems);

        ReportUnknownKeys(options, problems);

        return new DataLocalizationPolicy(
            jurisdiction,
            approvedRegions,
            approvedHosts,
            hostJurisdictions,
            preferredRegions,
            ReadNames(options, PolicyKeys.PersonalDataTypes, problems),
            ReadNames(options, PolicyKeys.PersonalDataMembers, problems),
            ReadNames(options, PolicyKeys.PersonalDataAttributes, problems),
            ReadNames(options, PolicyKeys.NotPersonalDataMembers, problems),
            nameHeuristics,
            internalHostsApproved,
            problems.ToImmutableArray());
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

        var jurisdiction = Jurisdiction.Parse(value, catalog.Countries, out var unknown);
        foreach (var code in unknown)
        {
            problems.Add(new PolicyProblem(key, code, "unknown country or bloc code; " + JurisdictionAccepted(catalog)));
        }

        return jurisdiction;
    }

    private static string JurisdictionAccepted(LocationCatalog catalog) =>
        "write ISO 3166-1 alpha-2 country codes or the blocs " + string.Join(", ", catalog.Countries.BlocNames) +
        ", comma-separated (CN; DE, CH; EU)";

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

    private static ImmutableArray<string> ReadNames(AnalyzerConfigOptions options, string key, List<PolicyProblem> problems) =>
        ReadList(options, key, problems, (item, add) =>
        {
            if (item.Any(c => char.IsWhiteSpace(c)) || item.StartsWith(".", StringComparison.Ordinal) || item.EndsWith(".", StringComparison.Ordinal))
            {
                add(item, "expected fully qualified names (Contoso.Customers.Customer, Contoso.Customers.Customer.Email), comma-separated");
                return null;
            }

            return item;
        });

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
        foreach (var key in options.Keys)
        {
            if (key.StartsWith(PolicyKeys.Prefix, StringComparison.OrdinalIgnoreCase) &&
                !PolicyKeys.All.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                options.TryGetValue(key, out var value);
                problems.Add(new PolicyProblem(key, value ?? "", "unknown key; the keys are " + string.Join(", ", PolicyKeys.All)));
            }
        }
    }
}
