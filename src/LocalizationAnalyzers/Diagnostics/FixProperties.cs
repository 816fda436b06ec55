using System.Collections.Immutable;

namespace LocalizationAnalyzers.Diagnostics;

/// <summary>
/// What a diagnostic tells its code fix. The analyzer knows the policy and the catalog; the fix
/// only rewrites text, so the choices travel with the diagnostic.
/// </summary>
internal static class FixProperties
{
    public const string Provider = "Provider";

    public const int MaxReplacements = 3;

    /// <summary>The region id of the i-th replacement (for titles and Fix All grouping).</summary>
    public static string RegionKey(int index) => "Region" + index;

    /// <summary>The text that replaces the member name or the literal's value.</summary>
    public static string ReplacementKey(int index) => "Replacement" + index;

    public static string RegionNameKey(int index) => "RegionName" + index;

    /// <summary>The host a destination fix works on (approve it, or swap it for its counterpart).</summary>
    public const string Host = "Host";

    /// <summary>The in-jurisdiction counterpart host from the catalog, when there is one.</summary>
    public const string CounterpartHost = "CounterpartHost";

    /// <summary>"true" when the reported location is one string literal holding the whole endpoint.</summary>
    public const string IsLiteral = "IsLiteral";

    /// <summary>For DLOC001: which additional location is the endpoint literal (the diagnostic itself is on the call).</summary>
    public const string EndpointLiteralIndex = "EndpointLiteralIndex";

    public static ImmutableDictionary<string, string?>.Builder CreateBuilder() =>
        ImmutableDictionary.CreateBuilder<string, string?>();
}
