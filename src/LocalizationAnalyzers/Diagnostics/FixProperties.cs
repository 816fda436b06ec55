using System.Collections.Immutable;

namespace LocalizationAnalyzers.Diagnostics;

/// <summary>
/// What a diagnostic tells its code fix. The analyzer knows the policy and the catalog; the fix
/// only rewrites text, so the choices travel with the diagnostic.
/// </summary>
internal static class FixProperties
{
    /// <summary>"member" (RegionEndpoint.USEast1 → rename the member) or "string" (rewrite the literal).</summary>
    public const string Form = "Form";
    public const string MemberForm = "member";
    public const string StringForm = "string";

    public const string Provider = "Provider";

    public const int MaxReplacements = 3;

    /// <summary>The region id of the i-th replacement (for titles and Fix All grouping).</summary>
    public static string RegionKey(int index) => "Region" + index;

    /// <summary>The text that replaces the member name or the literal's value.</summary>
    public static string ReplacementKey(int index) => "Replacement" + index;

    public static string RegionNameKey(int index) => "RegionName" + index;

    public static ImmutableDictionary<string, string?>.Builder CreateBuilder() =>
        ImmutableDictionary.CreateBuilder<string, string?>();
}
