using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Policy;

/// <summary>
/// The policy of each file of one compilation. The compiler hands every file its own options object, so
/// policies are shared by content: files whose data_localization settings are the same get the same
/// policy instance (and so the same personal-data recognizer and its caches), in this compilation and the
/// next ones. The provider lives exactly as long as its compilation's analysis.
/// </summary>
internal sealed class PolicyProvider
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly LocationCatalog _catalog;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, DataLocalizationPolicy> _byOptions = new();

    /// <summary>
    /// Policies by content across compilations: a solution's projects mostly share one .globalconfig, and a
    /// policy depends on nothing but its settings and the (process-wide) catalog. Bounded.
    /// </summary>
    private static readonly ConcurrentDictionary<string, DataLocalizationPolicy> s_byContent = new(StringComparer.Ordinal);
    private const int MaxSharedPolicies = 64;
    private readonly ConcurrentDictionary<PolicyProblem, bool> _reportedProblems = new();

    public PolicyProvider(AnalyzerConfigOptionsProvider options, LocationCatalog catalog)
    {
        _options = options;
        _catalog = catalog;
    }

    public DataLocalizationPolicy For(SyntaxTree tree) => For(_options.GetOptions(tree));

    /// <summary>The policy of an additional file (appsettings*.json), which editorconfig sections can scope too.</summary>
    public DataLocalizationPolicy For(AdditionalText file) => For(_options.GetOptions(file));

    /// <summary>True the first time a problem is seen in this compilation, so each is reported once.</summary>
    public bool FirstSighting(PolicyProblem problem) => _reportedProblems.TryAdd(problem, true);

    private DataLocalizationPolicy For(AnalyzerConfigOptions options) => _byOptions.GetOrAdd(options, ByContent);

    private DataLocalizationPolicy ByContent(AnalyzerConfigOptions options)
    {
        var key = ContentKey(options);
        if (!ReferenceEquals(_catalog, LocationCatalog.Instance))
        {
            return PolicyReader.Read(options, _catalog);
        }

        if (s_byContent.TryGetValue(key, out var known))
        {
            return known;
        }

        if (s_byContent.Count >= MaxSharedPolicies)
        {
            s_byContent.Clear();
        }

        return s_byContent.GetOrAdd(key, _ => PolicyReader.Read(options, _catalog));
    }

    /// <summary>The settings a policy is made of, in a stable order: equal keys mean equal policies.</summary>
    private static string ContentKey(AnalyzerConfigOptions options)
    {
        var key = new StringBuilder();
        foreach (var name in PolicyKeys.SetIn(options)
                     .Concat(new[] { PolicyKeys.JurisdictionBuildProperty, "build_property.DataLocalizationIncludeAppSettings" })
                     .OrderBy(k => k, StringComparer.OrdinalIgnoreCase))
        {
            options.TryGetValue(name, out var value);
            key.Append(name.ToLowerInvariant()).Append('=').Append(value).Append('\n');
        }

        return key.ToString();
    }
}
