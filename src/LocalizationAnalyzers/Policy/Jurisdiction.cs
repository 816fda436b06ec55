using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LocalizationAnalyzers.Policy;

/// <summary>The countries personal data must stay in, as the user wrote them ("CN", "DE, CH", "EU").</summary>
internal sealed class Jurisdiction
{
    public Jurisdiction(string display, ImmutableHashSet<string> countries)
    {
        Display = display;
        Countries = countries;
    }

    /// <summary>The codes as declared, normalised: "CN", "DE, CH", "EU".</summary>
    public string Display { get; }

    public ImmutableHashSet<string> Countries { get; }

    /// <summary>True when every country a destination may use lies inside (a multi-region must be wholly inside).</summary>
    public bool ContainsAll(IEnumerable<string> countries)
    {
        var any = false;
        foreach (var country in countries)
        {
            any = true;
            if (!Countries.Contains(country))
            {
                return false;
            }
        }

        return any;
    }

    public bool Contains(string country) => Countries.Contains(country);

    public override string ToString() => Display;

    /// <summary>The set of codes, or null with a reason when a code is neither a country nor a bloc.</summary>
    public static Jurisdiction? Parse(string value, Catalog.Countries countries, out IReadOnlyList<string> unknownCodes)
    {
        var codes = PolicyValues.SplitList(value).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        unknownCodes = codes.Where(c => countries.Expand(c).IsEmpty).ToList();
        var known = codes.Where(c => !countries.Expand(c).IsEmpty).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        return new Jurisdiction(string.Join(", ", known), known.SelectMany(c => countries.Expand(c)).ToImmutableHashSet(StringComparer.Ordinal));
    }
}
