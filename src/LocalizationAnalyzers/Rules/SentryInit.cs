using System.Collections.Concurrent;
using System.Linq;
using LocalizationAnalyzers.Egress;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// Sentry's static API sends to the DSN the process was initialised with (SPEC §3): <c>SentrySdk.Init(dsn)</c> or
/// <c>options.Dsn = ...</c> once, then <c>SentrySdk.Capture*</c> and the scope's user anywhere. When the compilation
/// configures exactly one resolvable DSN, the captures and scope users whose own destination is unknown are judged
/// against it once the whole compilation is known; with none, several, or one that cannot be resolved, they stay
/// unverifiable (DLOC004).
/// </summary>
internal sealed class SentryInit
{
    private readonly ConcurrentBag<ResolvedEndpoint> _dsns = new();
    private volatile bool _unresolvedDsn;

    /// <summary>Sentry sends whose destination is the process-wide DSN.</summary>
    public static bool IsStaticSend(EgressSite site) =>
        !site.PayloadOperands.IsEmpty && site.Api.StartsWith("Sentry.", System.StringComparison.Ordinal) &&
        site.Endpoint.Destinations.All(d => d.Kind == DestinationKind.Unresolved);

    /// <summary>A site that sets the DSN (SentrySdk.Init, SentryOptions.Dsn): remembered, resolved or not.</summary>
    public void Record(EgressSite site)
    {
        if (site.Api is not ("Sentry.SentrySdk.Init" or "Sentry.SentryOptions.Dsn"))
        {
            return;
        }

        if (site.Endpoint.Destinations.Any(d => d.Kind == DestinationKind.Unresolved))
        {
            _unresolvedDsn = true;
        }
        else
        {
            _dsns.Add(site.Endpoint);
        }
    }

    /// <summary>The one DSN of the compilation, or null (none, several different hosts, or one not known at build time).</summary>
    public ResolvedEndpoint? Single()
    {
        if (_unresolvedDsn)
        {
            return null;
        }

        var hosts = _dsns.Select(d => string.Join(",", d.Destinations.Select(x => x.Display).OrderBy(x => x, System.StringComparer.Ordinal))).Distinct().Count();
        return hosts == 1 ? _dsns.OrderBy(d => d.Value?.Location.SourceSpan.Start ?? 0).First() : null;
    }
}
