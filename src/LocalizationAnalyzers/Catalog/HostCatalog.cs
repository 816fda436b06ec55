using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Catalog;

/// <summary>What the catalog knows about a host: whose it is and where it may be.</summary>
internal sealed class HostPlacement
{
    public HostPlacement(HostPatternRow row, string host, string? region, ImmutableArray<string> countries, ImmutableArray<string> wildcards)
    {
        Row = row;
        Host = host;
        Region = region;
        Countries = countries;
        Wildcards = wildcards;
    }

    public HostPatternRow Row { get; }

    public string Host { get; }

    public string Provider => Row.Provider;

    public string Cloud => Row.Cloud;

    public string? Region { get; }

    /// <summary>Every country the host's data may be in (one when the host pins it).</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>The text the pattern's wildcards matched, in order (to build a counterpart host).</summary>
    public ImmutableArray<string> Wildcards { get; }
}

/// <summary>Matches hosts against hosts.tsv (cloud endpoint patterns and SaaS hosts).</summary>
internal sealed class HostCatalog
{
    private readonly ImmutableArray<HostPatternRow> _rows;
    private readonly Dictionary<string, ImmutableArray<HostPatternRow>> _rowsByLastLabel;
    private readonly LocationCatalog _locations;

    /// <summary>
    /// Answers per host: the same few hosts come up at every site, and matching runs a few hundred patterns.
    /// Bounded, and it holds only strings and catalog rows, never anything of a compilation.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HostPlacement?> _placed = new(StringComparer.Ordinal);
    private const int MaxPlaced = 4096;

    public HostCatalog(IEnumerable<IReadOnlyDictionary<string, string>> rows, LocationCatalog locations)
    {
        _locations = locations;
        _rows = rows.Select(Parse).ToImmutableArray();
        _rowsByLastLabel = _rows.GroupBy(r => LastLabel(r.Pattern), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<HostPatternRow> Rows => _rows;

    /// <summary>The most specific pattern matching the host, or null when the catalog cannot place it.</summary>
    public HostPlacement? Place(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (_placed.TryGetValue(host, out var known))
        {
            return known;
        }

        var placement = Match(host);
        if (_placed.Count < MaxPlaced)
        {
            _placed.TryAdd(host, placement);
        }

        return placement;
    }

    private HostPlacement? Match(string host)
    {
        if (host.Length == 0 || !_rowsByLastLabel.TryGetValue(LastLabel(host), out var candidates))
        {
            return null;
        }

        HostPatternRow? best = null;
        Match? bestMatch = null;
        foreach (var row in candidates)
        {
            var match = row.Regex.Match(host);
            if (match.Success && (best is null || row.LiteralLength > best.LiteralLength))
            {
                best = row;
                bestMatch = match;
            }
        }

        if (best is null || bestMatch is null)
        {
            return null;
        }

        var region = best.Region == "{region}" ? bestMatch.Groups["region"].Value : best.Region;
        var wildcards = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; bestMatch.Groups["w" + i] is { Success: true } group; i++)
        {
            wildcards.Add(group.Value);
        }

        return new HostPlacement(best, host, region.Length == 0 ? null : region, CountriesOf(best, region), wildcards.ToImmutable());
    }

    /// <summary>The counterpart host for a jurisdiction, with the original's wildcard text put back in.</summary>
    public static string Instantiate(string counterpartPattern, ImmutableArray<string> wildcards)
    {
        var result = new StringBuilder();
        var next = 0;
        for (var i = 0; i < counterpartPattern.Length; i++)
        {
            if (counterpartPattern[i] == '*' && (i == 0 || counterpartPattern[i - 1] != '{'))
            {
                result.Append(next < wildcards.Length ? wildcards[next++] : "*");
            }
            else if (string.CompareOrdinal(counterpartPattern, i, "{*}", 0, 3) == 0)
            {
                result.Append(next < wildcards.Length ? wildcards[next++] : "*");
                i += 2;
            }
            else
            {
                result.Append(counterpartPattern[i]);
            }
        }

        return result.ToString();
    }

    private ImmutableArray<string> CountriesOf(HostPatternRow row, string region)
    {
        if (!row.Countries.IsEmpty)
        {
            return row.Countries;
        }

        if (region.Length > 0 && _locations.FindRegion(row.Provider, region) is { } known)
        {
            return known.Countries;
        }

        // The host names the cloud but not the region: anywhere that cloud has a region.
        return _locations.CountriesOfCloud(row.Cloud);
    }

    private HostPatternRow Parse(IReadOnlyDictionary<string, string> row)
    {
        var pattern = row["pattern"].ToLowerInvariant();
        var provider = row["provider"];
        var counterparts = row["counterparts"].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(new[] { '=' }, 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))
            .ToImmutableArray();
        var countries = row["country"].Split(new[] { '+' }, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(c => _locations.Countries.Expand(c))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        var (regex, literalLength) = Compile(pattern, provider);
        return new HostPatternRow(pattern, provider, row["cloud"], row["region"], countries, counterparts, regex, literalLength);
    }

    /// <summary>The regular expression of a pattern (as text: it is built when first needed) and how many literal characters it has.</summary>
    private (string Regex, int LiteralLength) Compile(string pattern, string provider)
    {
        var builder = new StringBuilder("^");
        var literal = 0;
        var wildcard = 0;
        var rest = pattern;
        if (rest.StartsWith("*.", StringComparison.Ordinal))
        {
            builder.Append("(?<w").Append(wildcard++).Append(">[^.]+(?:\\.[^.]+)*)\\.");
            rest = rest.Substring(2);
            literal++;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            if (string.CompareOrdinal(rest, i, "{region}", 0, 8) == 0)
            {
                // Longest first: GCP's "us" must not win over "us-west1".
                var ids = _locations.Regions.Where(r => r.Provider == provider).Select(r => Regex.Escape(r.Id))
                    .OrderByDescending(id => id.Length).ThenBy(id => id, StringComparer.Ordinal);
                builder.Append("(?<region>").Append(string.Join("|", ids)).Append(')');
                i += 7;
            }
            else if (string.CompareOrdinal(rest, i, "{*}", 0, 3) == 0)
            {
                builder.Append("(?<w").Append(wildcard++).Append(">[^.]+?)");
                i += 2;
            }
            else
            {
                builder.Append(Regex.Escape(rest[i].ToString()));
                literal++;
            }
        }

        builder.Append('$');
        return (builder.ToString(), literal);
    }

    private static string LastLabel(string hostOrPattern)
    {
        var dot = hostOrPattern.LastIndexOf('.');
        return dot < 0 ? hostOrPattern : hostOrPattern.Substring(dot + 1);
    }
}
