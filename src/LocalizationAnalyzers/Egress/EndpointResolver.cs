using System;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>An endpoint value in code, resolved to the destinations it names.</summary>
internal sealed class ResolvedEndpoint
{
    public ResolvedEndpoint(StringValue? value, ImmutableArray<Destination> destinations)
    {
        Value = value;
        Destinations = destinations;
    }

    /// <summary>The build-time value and where it is written; null when unresolved.</summary>
    public StringValue? Value { get; }

    /// <summary>One per host (a MongoDB or Redis string may name several); <see cref="Destination.Unresolved"/> when unknown.</summary>
    public ImmutableArray<Destination> Destinations { get; }

    public static readonly ResolvedEndpoint Unresolved = new(null, ImmutableArray.Create(Destination.Unresolved));
}

/// <summary>Turns an endpoint operand (URL, host, connection string, DSN) into destinations.</summary>
internal static class EndpointResolver
{
    /// <summary>Null when the value is not a destination at all (a placeholder, an emulator).</summary>
    /// <param name="absoluteUrl">An HTTP request URI: without a scheme it is relative to the client's base address, not a host.</param>
    public static ResolvedEndpoint? Resolve(IOperation endpoint, LocationCatalog catalog, bool absoluteUrl = false)
    {
        var value = StringValue.Resolve(endpoint);
        if (value is null || absoluteUrl && value.Text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return ResolvedEndpoint.Unresolved;
        }

        var text = value.IsComplete ? value.Text : CompleteAuthority(value.Text);
        if (text is null)
        {
            return ResolvedEndpoint.Unresolved;
        }

        // A configuration value may differ per environment file: every real one is a destination.
        var parsed = new[] { text }.Concat(value.Alternatives).Select(EndpointText.Parse).Where(p => !p.IsPlaceholder && !p.IsEmulator).ToList();
        if (parsed.Count == 0)
        {
            return null;
        }

        var hosts = parsed.SelectMany(p => p.Hosts).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return hosts.IsEmpty
            ? ResolvedEndpoint.Unresolved
            : new ResolvedEndpoint(value, hosts.Select(h => Destination.ForHost(h, catalog)).ToImmutableArray());
    }

    /// <summary>The known prefix of a URL when it already holds the whole host ("https://api.crm.com/" of $"https://api.crm.com/{path}").</summary>
    private static string? CompleteAuthority(string prefix)
    {
        var scheme = prefix.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && prefix.IndexOfAny(new[] { '/', '?', '#' }, scheme + 3) > 0 ? prefix : null;
    }
}
