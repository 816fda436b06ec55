using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Catalog;

/// <summary>One row of hosts.tsv: a host pattern and what it says about where the host is.</summary>
internal sealed class HostPatternRow
{
    public HostPatternRow(string pattern, string provider, string cloud, string region, ImmutableArray<string> countries,
        ImmutableArray<(string Jurisdiction, string Pattern)> counterparts, string regex, int literalLength)
    {
        Pattern = pattern;
        Provider = provider;
        Cloud = cloud;
        Region = region;
        Countries = countries;
        Counterparts = counterparts;
        // Built at the first host ending in the pattern's last label: most of the catalog's few hundred
        // patterns are never needed by one build.
        _regex = new Lazy<Regex>(() => new Regex(regex, RegexOptions.CultureInvariant));
        LiteralLength = literalLength;
    }

    public string Pattern { get; }

    public string Provider { get; }

    public string Cloud { get; }

    /// <summary>"{region}" when captured from the host, a fixed id, or empty when the host does not tell.</summary>
    public string Region { get; }

    /// <summary>Fixed by the host alone; empty when the region (or the cloud as a whole) decides.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>In-jurisdiction counterparts for fixes: jurisdiction code → host pattern.</summary>
    public ImmutableArray<(string Jurisdiction, string Pattern)> Counterparts { get; }

    private readonly Lazy<Regex> _regex;

    public Regex Regex => _regex.Value;

    /// <summary>How specific the pattern is: the match with the most literal characters wins.</summary>
    public int LiteralLength { get; }
}
