using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Diagnostics;

/// <summary>Every descriptor of the package, in one place. Help links point at docs/rules/&lt;ID&gt;.md.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/localization-analyzers/LocalizationAnalyzers/blob/main/docs/rules/";
    private const string Category = "DataLocalization";

    private const string PersonalDataTitle = "Personal data is sent outside the approved jurisdiction";
    private const string PersonalDataMessage = "{0} sends {1} from {2} to {3}, {4}";
    private const string PersonalDataDescription = "Personal data reaches an egress site whose destination is outside the jurisdiction declared in data_localization.jurisdiction, or is a host that is neither located inside it nor approved (deny by default).";
    private const string UnverifiableTitle = "Destination of personal data cannot be verified";
    private const string UnverifiableMessage = "{0} sends {1} from {2} to a destination that cannot be determined at build time; make sure it stays in {3}";
    private const string UnverifiableDescription = "Personal data reaches an egress site whose destination is not computable at build time (a runtime value, an injected client).";

    public static readonly DiagnosticDescriptor PersonalDataOutsideJurisdiction = Create(
        RuleIdentifiers.PersonalDataOutsideJurisdiction, PersonalDataTitle, PersonalDataMessage, DiagnosticSeverity.Warning, PersonalDataDescription);

    /// <summary>DLOC001 for personal data handed to a sending helper: found when the whole compilation is known.</summary>
    public static readonly DiagnosticDescriptor PersonalDataOutsideJurisdictionThroughHelper = Create(
        RuleIdentifiers.PersonalDataOutsideJurisdiction, PersonalDataTitle, PersonalDataMessage, DiagnosticSeverity.Warning, PersonalDataDescription, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnverifiableDestination = Create(
        RuleIdentifiers.UnverifiableDestination, UnverifiableTitle, UnverifiableMessage, DiagnosticSeverity.Info, UnverifiableDescription);

    public static readonly DiagnosticDescriptor UnverifiableDestinationThroughHelper = Create(
        RuleIdentifiers.UnverifiableDestination, UnverifiableTitle, UnverifiableMessage, DiagnosticSeverity.Info, UnverifiableDescription, WellKnownDiagnosticTags.CompilationEnd);

    private const string CloudRegionTitle = "Cloud region outside the approved jurisdiction";
    private const string CloudRegionMessage = "{0} region '{1}' ({2}) is in {3}, outside the approved jurisdiction {4}; use a region inside {4} or approve this one in data_localization.approved_regions";
    private const string CloudRegionDescription = "A cloud client or resource is configured with a region outside the jurisdiction declared in data_localization.jurisdiction and not listed in data_localization.approved_regions. Data stored or processed there leaves the jurisdiction.";
    private const string EndpointTitle = "Endpoint located outside the approved jurisdiction";
    private const string EndpointMessage = "{0} endpoint '{1}' is in {2}, outside the approved jurisdiction {3}; use an endpoint inside {3} or approve the host in data_localization.approved_hosts";
    private const string EndpointDescription = "An endpoint (URL, host, connection string, DSN) that configures an egress client is known to be outside the jurisdiction, from the built-in catalog or data_localization.host_jurisdictions. Hosts nobody has placed are not reported unless personal data goes there (DLOC001).";

    public static readonly DiagnosticDescriptor CloudRegionOutsideJurisdiction = Create(
        RuleIdentifiers.CloudRegionOutsideJurisdiction, CloudRegionTitle, CloudRegionMessage, DiagnosticSeverity.Warning, CloudRegionDescription);

    /// <summary>DLOC002 at a value in appsettings*.json, with the lookups that read it: found when the whole compilation is known.</summary>
    public static readonly DiagnosticDescriptor CloudRegionOutsideJurisdictionInConfiguration = Create(
        RuleIdentifiers.CloudRegionOutsideJurisdiction, CloudRegionTitle, CloudRegionMessage, DiagnosticSeverity.Warning, CloudRegionDescription, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor EndpointOutsideJurisdiction = Create(
        RuleIdentifiers.EndpointOutsideJurisdiction, EndpointTitle, EndpointMessage, DiagnosticSeverity.Warning, EndpointDescription);

    /// <summary>DLOC003 at a value in appsettings*.json, with the lookups that read it.</summary>
    public static readonly DiagnosticDescriptor EndpointOutsideJurisdictionInConfiguration = Create(
        RuleIdentifiers.EndpointOutsideJurisdiction, EndpointTitle, EndpointMessage, DiagnosticSeverity.Warning, EndpointDescription, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ImplicitCloudRegion = Create(
        RuleIdentifiers.ImplicitCloudRegion,
        "Cloud client relies on an implicit region",
        "{0} is created without a region or endpoint, so the environment (AWS_REGION, profile, instance metadata) decides at run time where its data goes; set a region inside {1} explicitly",
        DiagnosticSeverity.Info,
        "A cloud client created with no region or endpoint takes them from the environment at run time, which the build cannot check against the jurisdiction.");

    public static readonly DiagnosticDescriptor SovereignCloudOutsideJurisdiction = Create(
        RuleIdentifiers.SovereignCloudOutsideJurisdiction,
        "Sovereign cloud outside the approved jurisdiction",
        "{0} selects {1}, which is in {2}, outside the approved jurisdiction {3}; select the cloud that operates inside {3}",
        DiagnosticSeverity.Warning,
        "An authority host or cloud environment selects a cloud whose every region lies outside the jurisdiction, e.g. the Azure public cloud under CN, where only Azure China (21Vianet) operates in the country.");

    public static readonly DiagnosticDescriptor ForeignOperator = Create(
        RuleIdentifiers.ForeignOperator,
        "Destination operated under a foreign jurisdiction",
        "{0} '{1}' is in {2}, but it is operated by {3}, which answers to {4}, outside the approved jurisdiction {5}; use a destination whose operator is inside {5}, or approve this one in {6} once the transfer is assessed",
        DiagnosticSeverity.Info,
        "Only under data_localization.sovereignty = on. The destination lies inside the jurisdiction, but the company that operates it (or the company that controls that operator) is seated in another state, whose authorities can compel it to disclose data, e.g. under the US CLOUD Act. The catalog records corporate structure, not what a court would decide.");

    private const string InventoryDescription = "Every egress site with its destination, location and personal data categories, reported with or without a policy. Raise its severity and write SARIF (-p:ErrorLog=...) to get a complete transfer inventory.";

    public static readonly DiagnosticDescriptor EgressInventory = Create(
        RuleIdentifiers.EgressInventory, "Data egress inventory", "{0} sends {1} to {2} in {3}: {4}", DiagnosticSeverity.Hidden, InventoryDescription);

    /// <summary>DLOC100 for a call that hands personal data to a sending helper.</summary>
    public static readonly DiagnosticDescriptor EgressInventoryThroughHelper = Create(
        RuleIdentifiers.EgressInventory, "Data egress inventory", "{0} sends {1} to {2} in {3}: {4}", DiagnosticSeverity.Hidden, InventoryDescription, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidPolicy = Create(
        RuleIdentifiers.InvalidPolicy,
        "Data localization policy is invalid",
        "Data localization policy: {0} = '{1}' is not understood: {2}",
        DiagnosticSeverity.Warning,
        "A data_localization.* configuration value could not be understood. The value is ignored and the rest of the policy still applies.");

    public static readonly DiagnosticDescriptor InvalidConfigurationFile = Create(
        RuleIdentifiers.InvalidConfigurationFile,
        "Configuration file is invalid",
        "{0} ({1},{2}) is not a valid configuration file: {3}; the application cannot load it, and the data localization analyzers ignore it",
        DiagnosticSeverity.Warning,
        "An appsettings*.json file is not JSON that Microsoft.Extensions.Configuration.Json accepts (comments and trailing commas are fine; the top level must be an object and no key may appear twice). The application fails at startup when it loads the file, and the analyzers cannot check the regions and endpoints in it.");

    /// <summary>The descriptors the analyzers report today; release tracking and docs are checked against it.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        PersonalDataOutsideJurisdiction,
        PersonalDataOutsideJurisdictionThroughHelper,
        CloudRegionOutsideJurisdiction,
        CloudRegionOutsideJurisdictionInConfiguration,
        EndpointOutsideJurisdiction,
        EndpointOutsideJurisdictionInConfiguration,
        UnverifiableDestination,
        UnverifiableDestinationThroughHelper,
        ImplicitCloudRegion,
        SovereignCloudOutsideJurisdiction,
        ForeignOperator,
        EgressInventory,
        EgressInventoryThroughHelper,
        InvalidPolicy,
        InvalidConfigurationFile,
    };

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLink(id), tags);
}
