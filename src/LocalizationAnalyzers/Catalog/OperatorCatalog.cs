using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LocalizationAnalyzers.Catalog;

/// <summary>Who operates a destination, and the states whose authorities can compel it to disclose data.</summary>
internal sealed class CloudOperator
{
    public CloudOperator(string name, ImmutableArray<string> answersTo, string source)
    {
        Name = name;
        AnswersTo = answersTo;
        Source = source;
    }

    /// <summary>"Amazon Web Services, Inc.", "Shanghai Blue Cloud Technology Co., Ltd. (21Vianet)".</summary>
    public string Name { get; }

    /// <summary>The operator's seat and its controlling company's seat, ISO codes, sorted.</summary>
    public ImmutableArray<string> AnswersTo { get; }

    public string Source { get; }
}

/// <summary>
/// operators.tsv: the operator of each cloud, partition or SaaS service the catalog places (DLOC007). A row
/// applies to a cloud as a whole, to the cloud's regions in one country, or to one region; the most specific
/// wins. A cloud without a row has an unknown operator, and nothing is said about it.
/// </summary>
internal sealed class OperatorCatalog
{
    private readonly Dictionary<string, List<Row>> _byCloud;

    public OperatorCatalog(IEnumerable<IReadOnlyDictionary<string, string>> rows, Countries countries)
    {
        _byCloud = rows
            .Select(r => new Row(
                r["cloud"],
                Wildcard(r["region_country"]),
                Wildcard(r["region"]),
                new CloudOperator(
                    r["operator"],
                    r["answers_to"].Split('+').SelectMany(c => countries.Expand(c)).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToImmutableArray(),
                    r["source"])))
            .GroupBy(r => r.Cloud, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Specificity).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The clouds that have an operator row (for the catalog's consistency tests).</summary>
    public IEnumerable<string> Clouds => _byCloud.Keys;

    /// <summary>The operator of a destination in this cloud, region and countries; null when nobody knows.</summary>
    public CloudOperator? Find(string? cloud, string? region, ImmutableArray<string> countries)
    {
        if (cloud is null || !_byCloud.TryGetValue(cloud, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (row.Region is { } id && !string.Equals(id, region, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A country row applies only when the destination is wholly in that country.
            if (row.Country is { } country && (countries.IsEmpty || countries.Any(c => c != country)))
            {
                continue;
            }

            return row.Operator;
        }

        return null;
    }

    private static string? Wildcard(string cell) => cell is "" or "*" ? null : cell;

    private sealed record Row(string Cloud, string? Country, string? Region, CloudOperator Operator)
    {
        public int Specificity => (Region is null ? 0 : 2) + (Country is null ? 0 : 1);
    }
}
