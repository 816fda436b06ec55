using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalizationAnalyzers.Policy;

/// <summary>"Did you mean …?": the accepted spelling closest to a mistyped key or code (SPEC §2).</summary>
internal static class Nearest
{
    /// <summary>
    /// The candidate at the smallest edit distance (case-insensitive) from <paramref name="value"/>, when that
    /// distance is at most <paramref name="maxDistance"/> and no other candidate is as close, or among equally
    /// close ones it alone begins the value ("USA": US rather than SA); else null.
    /// </summary>
    public static string? Find(string value, IEnumerable<string> candidates, int maxDistance)
    {
        var best = new List<string>();
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (new List<string> { candidate }, distance);
            }
            else if (distance == bestDistance && !best.Contains(candidate, StringComparer.OrdinalIgnoreCase))
            {
                best.Add(candidate);
            }
        }

        if (bestDistance > maxDistance)
        {
            return null;
        }

        if (best.Count == 1)
        {
            return best[0];
        }

        var prefixes = best.Where(c => value.StartsWith(c, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixes.Count == 1 ? prefixes[0] : null;
    }

    /// <summary>Levenshtein distance with adjacent transpositions (restricted Damerau): "jurisdicton", "approevd".</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
