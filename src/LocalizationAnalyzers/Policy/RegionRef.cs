using System;
using LocalizationAnalyzers.Catalog;

namespace LocalizationAnalyzers.Policy;

/// <summary>A region named in the policy: "aws:eu-west-1", or a bare "eu-west-1" that matches any provider.</summary>
internal sealed record RegionRef(string? Provider, string Id)
{
    public bool Matches(CloudRegion region) =>
        string.Equals(region.Id, Id, StringComparison.OrdinalIgnoreCase) &&
        (Provider is null || string.Equals(region.Provider, Provider, StringComparison.OrdinalIgnoreCase));

    public static RegionRef? Parse(string text, LocationCatalog catalog, out string? problem)
    {
        problem = null;
        if (PolicyValues.HasWildcard(text))
        {
            problem = "wildcards are not accepted in regions; list each region (aws:eu-west-1, aws:eu-central-1)";
            return null;
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (catalog.FindRegionsById(text).IsEmpty)
            {
                problem = "unknown region id; write a region id of the built-in catalog, optionally with its provider (aws:eu-west-1, azure:westeurope, gcp:europe-west3, alibaba:cn-hangzhou)";
                return null;
            }

            return new RegionRef(null, text.ToLowerInvariant());
        }

        var provider = text.Substring(0, colon).Trim().ToLowerInvariant();
        var id = text.Substring(colon + 1).Trim().ToLowerInvariant();
        if (!catalog.Providers.Contains(provider))
        {
            problem = "unknown provider '" + provider + "'; accepted providers: " + string.Join(", ", catalog.Providers);
            return null;
        }

        if (id.Length == 0)
        {
            problem = "the region id is missing after '" + provider + ":'; write provider:region (aws:eu-west-1)";
            return null;
        }

        if (catalog.FindRegion(provider, id) is null)
        {
            problem = "unknown " + provider + " region '" + id + "'";
            return null;
        }

        return new RegionRef(provider, id);
    }
}
