using System;
using System.Collections.Generic;
using System.Linq;
using LocalizationAnalyzers.Catalog;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// Which appsettings keys hold a cloud region and which an endpoint. Data, not logic: the tables below are
/// the whole of it (docs/rules/DLOC002.md and DLOC003.md list them for users).
/// </summary>
/// <remarks>
/// Keys are compared on each ':' segment "normalised": lower-cased without '_' and '-', so
/// AWS_DEFAULT_REGION, AwsRegion and aws-region read alike.
/// </remarks>
internal static class ConfigurationKeys
{
    /// <summary>A segment of these names says whose region the key holds (AWS:Region, Cosmos:ApplicationRegion, Gcp:Location ...).</summary>
    private static readonly Dictionary<string, string> s_providerSegments = new(StringComparer.Ordinal)
    {
        ["aws"] = "aws",
        ["amazon"] = "aws",
        ["azure"] = "azure",
        ["cosmos"] = "azure",
        ["cosmosdb"] = "azure",
        ["gcp"] = "gcp",
        ["google"] = "gcp",
        ["googlecloud"] = "gcp",
        ["gcs"] = "gcp",
        ["alibaba"] = "alibaba",
        ["alibabacloud"] = "alibaba",
        ["aliyun"] = "alibaba",
        ["tencent"] = "tencent",
        ["tencentcloud"] = "tencent",
        ["huawei"] = "huawei",
        ["huaweicloud"] = "huawei",
        ["yandex"] = "yandex",
        ["yandexcloud"] = "yandex",
        ["oracle"] = "oracle",
        ["oci"] = "oracle",
    };

    /// <summary>Cosmos DB's own keys (CosmosClientOptions.ApplicationRegion, ApplicationPreferredRegions) take Azure regions.</summary>
    private static readonly string[] s_cosmosRegionKeys = { "applicationregion", "applicationpreferredregions" };

    /// <summary>Last segments that hold an endpoint: a URL, a bare host or host:port, a DSN, a connection string.</summary>
    private static readonly string[] s_endpointSuffixes =
    {
        "url", "uri", "endpoint", "dsn", "connectionstring", "host", "hostname", "server", "servername", "baseaddress", "serveraddress",
    };

    /// <summary>Last segments that hold several URLs separated by ';' or spaces (Serilog's Elasticsearch nodeUris).</summary>
    private static readonly string[] s_endpointListSuffixes = { "urls", "uris" };

    /// <summary>Keys that configure where the application itself listens, not where data goes.</summary>
    private static readonly string[] s_inboundKeys = { "urls", "allowedhosts", "aspnetcoreurls", "httpports", "httpsports", "kestrel" };

    /// <summary>
    /// The region a value under this key names, or null. A key holds a region when its last segment ends in
    /// Region or Location (AWS:Region, AWS_REGION, Cosmos:ApplicationRegion, Storage:Location), or it is an
    /// element of a list whose name ends in Regions or Locations (Cosmos:ApplicationPreferredRegions:0).
    /// The provider is the one a segment names (AWS, Azure, Cosmos, Gcp, Aliyun, ... or a last segment that
    /// starts with it: AwsRegion, AzureLocation); without one, the value must be a region id (or Azure
    /// display name) of exactly one provider, at least five characters long (GCP's US, EU, ASIA are
    /// country and continent codes as often as regions).
    /// </summary>
    public static CloudRegion? RegionOf(string key, string value, LocationCatalog catalog)
    {
        var segments = key.Split(':').Select(Normalize).ToArray();
        var last = segments[segments.Length - 1];
        string regionSegment;
        if (last.Length > 0 && last.All(char.IsDigit) && segments.Length > 1)
        {
            regionSegment = segments[segments.Length - 2];
            if (!regionSegment.EndsWith("regions", StringComparison.Ordinal) && !regionSegment.EndsWith("locations", StringComparison.Ordinal))
            {
                return null;
            }
        }
        else if (last.EndsWith("region", StringComparison.Ordinal) || last.EndsWith("location", StringComparison.Ordinal))
        {
            regionSegment = last;
        }
        else
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (ProviderOf(segments, regionSegment) is { } provider)
        {
            return catalog.FindRegionByText(provider, text);
        }

        if (text.Length < 5)
        {
            return null;
        }

        var candidates = catalog.FindRegionsById(text).ToList();
        if (catalog.FindRegionByText("azure", text) is { } azure && !candidates.Contains(azure))
        {
            candidates.Add(azure);
        }

        return candidates.Select(r => r.Provider).Distinct(StringComparer.Ordinal).Count() == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// The texts to read as endpoints from a value under this key, or none. Keys whose last segment names an
    /// endpoint (…Url, …Uri, …Endpoint, …Dsn, …ConnectionString, …Host, …Server, ConnectionStrings:*) are read
    /// whatever the value looks like (a bare host too); any other value only when it is a URL (scheme://) or a
    /// key=value connection string. Keys that configure where the application listens (Urls, AllowedHosts,
    /// Kestrel:*) are never read.
    /// </summary>
    public static IEnumerable<string> EndpointTexts(string key, string value)
    {
        var segments = key.Split(':').Select(Normalize).ToArray();
        var last = segments[segments.Length - 1];
        if (s_inboundKeys.Contains(segments[0]) || value.Trim().Length == 0)
        {
            return Array.Empty<string>();
        }

        if (s_endpointListSuffixes.Any(s => last.EndsWith(s, StringComparison.Ordinal)))
        {
            return value.Split(new[] { ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        }

        var named = s_endpointSuffixes.Any(s => last.EndsWith(s, StringComparison.Ordinal)) ||
                    segments.Length == 2 && segments[0] == "connectionstrings";
        return named || LooksLikeUrl(value) || LooksLikeConnectionString(value) ? new[] { value } : Array.Empty<string>();
    }

    private static string? ProviderOf(string[] segments, string regionSegment)
    {
        if (s_cosmosRegionKeys.Contains(regionSegment))
        {
            return "azure";
        }

        // The segment nearest the value wins (Azure:Backup:AWS:Region is AWS).
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (s_providerSegments.TryGetValue(segments[i], out var provider))
            {
                return provider;
            }
        }

        // AwsRegion, AWS_DEFAULT_REGION, AzureLocation, GcpRegion.
        foreach (var pair in s_providerSegments)
        {
            if (regionSegment.StartsWith(pair.Key, StringComparison.Ordinal) && regionSegment.Length > pair.Key.Length)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static bool LooksLikeUrl(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && value.Substring(0, scheme).Trim().All(c => char.IsLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static bool LooksLikeConnectionString(string value) =>
        value.IndexOf('=') > 0 && value.IndexOf(';') > 0;

    private static string Normalize(string segment) =>
        new string(segment.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant).ToArray());
}
