namespace LocalizationAnalyzers.Policy;

/// <summary>A configuration value the policy reader did not understand (reported as DLOC900).</summary>
internal sealed record PolicyProblem(string Key, string Value, string Reason);
