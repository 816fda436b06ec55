namespace LocalizationAnalyzers.Inventory.Model;

/// <summary>
/// Clouds and partitions as the analyzers' messages name them ("the Azure public cloud"), with the countries
/// their regions are in, read from the analyzers' catalog (src/LocalizationAnalyzers/Catalog/Data/regions.tsv,
/// embedded at build time). A destination in many countries is shown by its cloud, not by 34 country names.
/// </summary>
public static class Clouds
{
    // The analyzers' Providers.CloudName, without the article: the reports put it at the start of a cell.
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["aws"] = "AWS global regions",
        ["aws-us-gov"] = "AWS GovCloud (US)",
        ["azure"] = "Azure public cloud",
        ["azure-us-gov"] = "Azure Government",
        ["azure-china"] = "Azure China (operated by 21Vianet)",
        ["azure-germany"] = "Azure Germany (retired)",
        ["azure-bleu"] = "Bleu, the French sovereign cloud",
        ["gcp"] = "Google Cloud",
        ["alibaba"] = "Alibaba Cloud",
        ["tencent"] = "Tencent Cloud",
        ["huawei"] = "Huawei Cloud",
        ["oracle-oc1"] = "Oracle Cloud (commercial)",
    };

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> CountriesByCloud = new(Load);

    /// <summary>"Azure public cloud" for <c>azure</c>; the id itself when unknown.</summary>
    public static string Name(string cloud) => Names.TryGetValue(cloud, out var name) ? name : cloud;

    /// <summary>The cloud a message names ("the Azure public cloud", "Azure China (operated by 21Vianet)"), or null.</summary>
    public static string? FromName(string text)
    {
        var name = text.Trim();
        name = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return Names.FirstOrDefault(p => string.Equals(p.Value, name, StringComparison.OrdinalIgnoreCase)).Key;
    }

    /// <summary>The countries of the cloud's regions, "+"-joined as a flow's country: "AE+AT+…".</summary>
    public static string Countries(string cloud) =>
        CountriesByCloud.Value.TryGetValue(cloud, out var codes) ? string.Join("+", codes) : "";

    /// <summary>The cloud whose regions span exactly these countries (a provider's preferred when several do), or null.</summary>
    public static string? Spanning(string country, string provider)
    {
        var codes = Model.Countries.Split(country).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return CountriesByCloud.Value
            .Where(p => p.Value.SetEquals(codes))
            .OrderBy(p => string.Equals(p.Key, provider, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .FirstOrDefault();
    }

    private static Dictionary<string, SortedSet<string>> Load()
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(Clouds).Assembly.GetManifestResourceStream("regions.tsv")
            ?? throw new InvalidOperationException("regions.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var country = Array.IndexOf(header, "country");
        var cloud = Array.IndexOf(header, "cloud");
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length <= Math.Max(country, cloud) || columns[country] is "-" or "")
            {
                continue;
            }

            if (!result.TryGetValue(columns[cloud], out var codes))
            {
                result[columns[cloud]] = codes = new SortedSet<string>(StringComparer.Ordinal);
            }

            codes.UnionWith(Model.Countries.Split(columns[country]));
        }

        return result;
    }
}
