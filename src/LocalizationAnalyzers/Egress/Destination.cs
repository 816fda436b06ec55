using System.Collections.Immutable;
using LocalizationAnalyzers.Catalog;

namespace LocalizationAnalyzers.Egress;

internal enum DestinationKind
{
    /// <summary>A host (from a URL, connection string, DSN) the catalog may or may not place.</summary>
    Host,

    /// <summary>A cloud region (provider + id).</summary>
    Region,

    /// <summary>Loopback, private network, cluster-internal.</summary>
    Internal,

    /// <summary>Not computable at build time.</summary>
    Unresolved,

    /// <summary>A documentation name (example.com, *.example, *.invalid, *.test): a template unless the policy names it.</summary>
    Placeholder,

    /// <summary>An in-process test server (WebApplicationFactory, TestServer): nothing leaves the process.</summary>
    InProcess,
}

/// <summary>Where an egress site sends data, as far as the build can tell.</summary>
internal sealed class Destination
{
    private Destination(DestinationKind kind, string display, string? host, string? provider, string? cloud, string? region, ImmutableArray<string> countries, HostPlacement? placement)
    {
        Kind = kind;
        Display = display;
        Host = host;
        Provider = provider;
        Cloud = cloud;
        Region = region;
        Countries = countries;
        Placement = placement;
    }

    public static readonly Destination Unresolved = new(DestinationKind.Unresolved, "unresolved", null, null, null, null, ImmutableArray<string>.Empty, null);

    /// <summary>A cloud client with no region or endpoint: the environment decides at run time.</summary>
    public static readonly Destination Implicit = new(DestinationKind.Unresolved, "implicit", null, null, null, null, ImmutableArray<string>.Empty, null);

    /// <summary>A client or handler of an in-process test server.</summary>
    public static readonly Destination InProcess = new(DestinationKind.InProcess, "in-process test server", null, null, null, null, ImmutableArray<string>.Empty, null);

    public DestinationKind Kind { get; }

    /// <summary>The host, or "provider:region", or "unresolved".</summary>
    public string Display { get; }

    public string? Host { get; }

    public string? Provider { get; }

    public string? Cloud { get; }

    public string? Region { get; }

    /// <summary>Every country the data may be in; empty when nobody knows.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>The catalog row that placed the host (for counterparts), if any.</summary>
    public HostPlacement? Placement { get; }

    public static Destination ForHost(string host, LocationCatalog catalog)
    {
        if (EndpointText.IsDocumentationHost(host))
        {
            return new Destination(DestinationKind.Placeholder, host, host, null, null, null, ImmutableArray<string>.Empty, null);
        }

        if (InternalHosts.IsInternal(host))
        {
            return new Destination(DestinationKind.Internal, host, host, null, null, null, ImmutableArray<string>.Empty, null);
        }

        var placement = catalog.Hosts.Place(host);
        return new Destination(DestinationKind.Host, host, host, placement?.Provider, placement?.Cloud, placement?.Region,
            placement?.Countries ?? ImmutableArray<string>.Empty, placement);
    }

    public static Destination ForRegion(CloudRegion region) =>
        new(DestinationKind.Region, region.Provider + ":" + region.Id, null, region.Provider, region.Cloud, region.Id, region.Countries, null);
}
