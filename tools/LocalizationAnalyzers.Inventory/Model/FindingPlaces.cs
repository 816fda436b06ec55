using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Inventory.Model;

/// <summary>
/// Where a DLOC002, DLOC003 or DLOC006 finding says data goes, read from its message (the rules' messages are
/// stable: "AWS region 'ap-southeast-1' (…) is in Singapore (SG), outside the approved jurisdiction CN; …").
/// Such a finding is an outside flow even where no DLOC100 accompanies it (a region in appsettings.json, an
/// AWSOptions or Cosmos region), and it names the cloud of an authority host DLOC100 could only call "unresolved".
/// </summary>
public static partial class FindingPlaces
{
    public sealed record Place(string Api, string EgressKind, string Destination, string Host, string Provider, string Region, string Country, string? Cloud, string Jurisdiction);

    [GeneratedRegex(@"^(?<provider>.+?) region '(?<region>[^']+)' \(.*?\) is in (?<where>.+?), outside the approved jurisdiction (?<jurisdiction>[^;]+);")]
    private static partial Regex Region();

    [GeneratedRegex(@"^(?<api>.+?) endpoint '(?<host>[^']+)' is in (?<where>.+?), outside the approved jurisdiction (?<jurisdiction>[^;]+);")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"^(?<api>.+?) selects (?<cloud>.+?), which is in (?<where>.+?), outside the approved jurisdiction (?<jurisdiction>[^;]+);")]
    private static partial Regex SovereignCloud();

    [GeneratedRegex(@"\((?<code>[A-Z]{2})\)")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^(?<cloud>.+?) \(\d+ countries\)$")]
    private static partial Regex CloudWithCount();

    /// <summary>The place the finding names, or null when its rule names none or its message has another shape.</summary>
    public static Place? Of(string ruleId, string message, IReadOnlyDictionary<string, string> properties)
    {
        switch (ruleId)
        {
            case "DLOC002" when Region().Match(message) is { Success: true } m:
            {
                var provider = properties.TryGetValue("Provider", out var id) && id.Length > 0 ? id : m.Groups["provider"].Value.ToLowerInvariant();
                var region = m.Groups["region"].Value;
                var (country, cloud) = Where(m.Groups["where"].Value, provider);
                return new Place(m.Groups["provider"].Value + " region", "cloud", provider + ":" + region, "", provider, region, country, cloud, m.Groups["jurisdiction"].Value.Trim());
            }

            case "DLOC003" when Endpoint().Match(message) is { Success: true } m:
            {
                var (country, cloud) = Where(m.Groups["where"].Value, "");
                var host = m.Groups["host"].Value;
                return new Place(m.Groups["api"].Value, "endpoint", host, host, "", "", country, cloud, m.Groups["jurisdiction"].Value.Trim());
            }

            case "DLOC006" when SovereignCloud().Match(message) is { Success: true } m:
            {
                var cloud = Clouds.FromName(m.Groups["cloud"].Value);
                var country = cloud is null ? Codes(m.Groups["where"].Value) : Clouds.Countries(cloud);
                var provider = cloud is null ? "" : cloud.Split('-')[0];
                return new Place(m.Groups["api"].Value, "cloud", cloud is null ? m.Groups["cloud"].Value : Clouds.Name(cloud), "", provider, "", country, cloud, m.Groups["jurisdiction"].Value.Trim());
            }

            default:
                return null;
        }
    }

    /// <summary>"Singapore (SG)" → SG; "United States (US) or Ireland (IE)" → US+IE; "the Azure public cloud (34 countries)" → its countries and cloud.</summary>
    private static (string Country, string? Cloud) Where(string where, string provider)
    {
        if (CloudWithCount().Match(where) is { Success: true } m && Clouds.FromName(m.Groups["cloud"].Value) is { } cloud)
        {
            return (Clouds.Countries(cloud), cloud);
        }

        // A single country is named as such: a cloud is only the name of a place that spans several.
        var codes = Codes(where);
        return (codes, Model.Countries.Split(codes).Count() > 1 ? Clouds.Spanning(codes, provider) : null);
    }

    private static string Codes(string where)
    {
        var codes = CountryCode().Matches(where).Select(c => c.Groups["code"].Value).Distinct().ToList();
        return codes.Count == 0 ? "unknown" : string.Join("+", codes);
    }
}
