using System.Collections.Concurrent;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Policy;

/// <summary>
/// The policy of each file of one compilation, parsed once per distinct set of options (files under
/// the same editorconfig sections share one). Lives exactly as long as its compilation's analysis.
/// </summary>
internal sealed class PolicyProvider
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly LocationCatalog _catalog;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, DataLocalizationPolicy> _policies = new();
    private readonly ConcurrentDictionary<PolicyProblem, bool> _reportedProblems = new();

    public PolicyProvider(AnalyzerConfigOptionsProvider options, LocationCatalog catalog)
    {
        _options = options;
        _catalog = catalog;
    }

    public DataLocalizationPolicy For(SyntaxTree tree) =>
        _policies.GetOrAdd(_options.GetOptions(tree), options => PolicyReader.Read(options, _catalog));

    /// <summary>The policy of an additional file (appsettings*.json), which editorconfig sections can scope too.</summary>
    public DataLocalizationPolicy For(AdditionalText file) =>
        _policies.GetOrAdd(_options.GetOptions(file), options => PolicyReader.Read(options, _catalog));

    /// <summary>True the first time a problem is seen in this compilation, so each is reported once.</summary>
    public bool FirstSighting(PolicyProblem problem) => _reportedProblems.TryAdd(problem, true);
}
