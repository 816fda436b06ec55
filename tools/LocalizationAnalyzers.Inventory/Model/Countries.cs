namespace LocalizationAnalyzers.Inventory.Model;

/// <summary>
/// Country names and blocs, read from the analyzers' catalog (src/LocalizationAnalyzers/Catalog/Data/countries.tsv,
/// embedded at build time), so the reports name countries exactly as the diagnostics do.
/// </summary>
public static class Countries
{
    private static readonly Lazy<(Dictionary<string, string> Names, Dictionary<string, List<string>> Blocs)> Table = new(Load);

    /// <summary>"China (CN)"; "United States (US) or Ireland (IE)" for <c>US+IE</c>; "unknown location" for <c>unknown</c>.</summary>
    public static string Describe(string country)
    {
        if (IsUnknown(country))
        {
            return "Unknown location";
        }

        return string.Join(" or ", Split(country).Select(code => Name(code) is { } name ? name + " (" + code + ")" : code));
    }

    /// <summary>"China"; "United States or Ireland"; the code itself when the catalog does not know it.</summary>
    public static string ShortName(string country) =>
        IsUnknown(country) ? "Unknown location" : string.Join(" or ", Split(country).Select(code => Name(code) ?? code));

    public static string? Name(string code) => Table.Value.Names.TryGetValue(code, out var name) ? name : null;

    public static bool IsUnknown(string country) => string.IsNullOrWhiteSpace(country) || country.Equals("unknown", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Split(string country) =>
        country.Split(['+', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant());

    /// <summary>The countries of a jurisdiction such as <c>CN</c>, <c>DE, CH</c> or <c>EU</c>.</summary>
    public static ISet<string> Expand(IEnumerable<string> jurisdictions)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in jurisdictions.SelectMany(Split))
        {
            if (Table.Value.Blocs.TryGetValue(code, out var members))
            {
                result.UnionWith(members);
            }
            else
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>True when every country the destination may be in lies inside the jurisdiction.</summary>
    public static bool IsInside(string country, ISet<string> jurisdictionCountries) =>
        !IsUnknown(country) && jurisdictionCountries.Count > 0 && Split(country).All(jurisdictionCountries.Contains);

    private static (Dictionary<string, string>, Dictionary<string, List<string>>) Load()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blocs = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (header || line.StartsWith('#') || line.Length == 0)
            {
                header = false;
                continue;
            }

            var columns = line.Split('\t');
            names[columns[0]] = columns[1];
            foreach (var bloc in columns.Length > 2 ? columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (bloc == "-")
                {
                    continue;
                }

                if (!blocs.TryGetValue(bloc, out var members))
                {
                    blocs[bloc] = members = [];
                }

                members.Add(columns[0]);
            }
        }

        return (names, blocs);
    }
}
