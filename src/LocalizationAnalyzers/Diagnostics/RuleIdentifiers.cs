namespace LocalizationAnalyzers.Diagnostics;

/// <summary>
/// The rule IDs of SPEC §5 that the package reports. They are promises to users: never renumber or
/// reuse one. Each is added here with its rule.
/// </summary>
public static class RuleIdentifiers
{
    public const string PersonalDataOutsideJurisdiction = "DLOC001";
    public const string CloudRegionOutsideJurisdiction = "DLOC002";
    public const string EndpointOutsideJurisdiction = "DLOC003";
    public const string UnverifiableDestination = "DLOC004";
    public const string ImplicitCloudRegion = "DLOC005";
    public const string SovereignCloudOutsideJurisdiction = "DLOC006";
    public const string ForeignOperator = "DLOC007";
    public const string EgressInventory = "DLOC100";
    public const string InvalidPolicy = "DLOC900";
    public const string InvalidConfigurationFile = "DLOC901";
}
