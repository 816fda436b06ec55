namespace LocalizationAnalyzers.Policy;

/// <summary>data_localization.host_jurisdictions: where the user says one of their hosts is.</summary>
internal sealed record HostJurisdiction(HostPattern Host, Jurisdiction Jurisdiction);
