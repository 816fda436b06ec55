using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LocalizationAnalyzers.Catalog;

/// <summary>ISO 3166-1 alpha-2 countries and the blocs (EU, EEA) a policy may name.</summary>
internal sealed class Countries
{
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, ImmutableArray<string>> _blocs;

    public Countries(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        _names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blocMembers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var code = row["code"].ToUpperInvariant();
            _names[code] = row["name"];
            foreach (var bloc in row["blocs"].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!blocMembers.TryGetValue(bloc, out var members))
                {
                    blocMembers[bloc] = members = new List<string>();
                }

                members.Add(code);
            }
        }

        _blocs = blocMembers.ToDictionary(p => p.Key, p => p.Value.OrderBy(c => c, StringComparer.Ordinal).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> BlocNames => _blocs.Keys.OrderBy(b => b, StringComparer.Ordinal);

    public bool IsCountry(string code) => _names.ContainsKey(code);

    /// <summary>"United States (US)"; several countries joined with " or ".</summary>
    public string Describe(IEnumerable<string> codes) =>
        string.Join(" or ", codes.Select(code => _names.TryGetValue(code, out var name) ? name + " (" + code + ")" : code));

    /// <summary>"the European Union (EU)" when the codes are exactly a bloc's members, otherwise null.</summary>
    public string? DescribeBloc(ImmutableArray<string> codes)
    {
        foreach (var bloc in BlocNames)
        {
            var members = _blocs[bloc];
            if (members.Length == codes.Length && members.All(codes.Contains))
            {
                return (s_blocNames.TryGetValue(bloc, out var name) ? name : bloc) + " (" + bloc + ")";
            }
        }

        return null;
    }

    private static readonly Dictionary<string, string> s_blocNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EU"] = "the European Union",
        ["EEA"] = "the European Economic Area",
    };

    /// <summary>The countries a code stands for: itself for a country, the members for a bloc, none if unknown.</summary>
    public ImmutableArray<string> Expand(string code)
    {
        code = code.Trim().ToUpperInvariant();
        if (_blocs.TryGetValue(code, out var members))
        {
            return members;
        }

        return _names.ContainsKey(code) ? ImmutableArray.Create(code) : ImmutableArray<string>.Empty;
    }
}
