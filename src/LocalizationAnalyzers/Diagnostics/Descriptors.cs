using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Diagnostics;

/// <summary>Every descriptor of the package, in one place. Help links point at docs/rules/&lt;ID&gt;.md.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/localization-analyzers/LocalizationAnalyzers/blob/main/docs/rules/";
    private const string Category = "DataLocalization";

    public static readonly DiagnosticDescriptor CloudRegionOutsideJurisdiction = Create(
        RuleIdentifiers.CloudRegionOutsideJurisdiction,
        "Cloud region outside the approved jurisdiction",
        "{0} region '{1}' ({2}) is in {3}, outside the approved jurisdiction {4}; use a region inside {4} or approve this one in data_localization.approved_regions",
        DiagnosticSeverity.Warning,
        "A cloud client or resource is configured with a region outside the jurisdiction declared in data_localization.jurisdiction and not listed in data_localization.approved_regions. Data stored or processed there leaves the jurisdiction.");

    public static readonly DiagnosticDescriptor InvalidPolicy = Create(
        RuleIdentifiers.InvalidPolicy,
        "Data localization policy is invalid",
        "Data localization policy: {0} = '{1}' is not understood: {2}",
        DiagnosticSeverity.Warning,
        "A data_localization.* configuration value could not be understood. The value is ignored and the rest of the policy still applies.");

    /// <summary>The descriptors the analyzers report today; release tracking and docs are checked against it.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        CloudRegionOutsideJurisdiction,
        InvalidPolicy,
    };

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLink(id));
}
