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
/// policy instance (and so the same personal-data recognizer and its caches). Lives exactly as long as
/// its compilation's analysis.
/// </summary>
internal sealed class PolicyProvider
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly LocationCatalog _catalog;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, DataLocalizationPolicy> _byOptions = new();
    private readonly ConcurrentDictionary<string, DataLocalizationPolicy> _byContent = new(StringComparer.Ordinal);
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

    private DataLocalizationPolicy For(AnalyzerConfigOptions options) =>
        _byOptions.GetOrAdd(options, o => _byContent.GetOrAdd(ContentKey(o), _ => PolicyReader.Read(o, _catalog)));

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
