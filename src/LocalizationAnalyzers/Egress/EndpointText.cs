using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LocalizationAnalyzers.Egress;

/// <summary>What an endpoint string names: hosts, or nothing real (a placeholder, an emulator).</summary>
internal sealed class EndpointText
{
    private EndpointText(ImmutableArray<string> hosts, bool isPlaceholder, bool isEmulator)
    {
        Hosts = hosts;
        IsPlaceholder = isPlaceholder;
        IsEmulator = isEmulator;
    }

    public ImmutableArray<string> Hosts { get; }

    /// <summary>"&lt;your-account&gt;", "ENTER_YOUR_DSN_HERE": a template, not a destination (example.com is a host the policy may name).</summary>
    public bool IsPlaceholder { get; }

    /// <summary>UseDevelopmentStorage=true and friends: a local emulator, not a destination.</summary>
    public bool IsEmulator { get; }

    public bool IsDestination => !IsPlaceholder && !IsEmulator && !Hosts.IsEmpty;

    private static readonly EndpointText s_nothing = new(ImmutableArray<string>.Empty, false, false);
    private static readonly EndpointText s_placeholder = new(ImmutableArray<string>.Empty, true, false);
    private static readonly EndpointText s_emulator = new(ImmutableArray<string>.Empty, false, true);

    /// <summary>Hosts in the key=value connection-string keys that hold a URL.</summary>
    private static readonly string[] s_urlKeys =
    {
        "blobendpoint", "queueendpoint", "tableendpoint", "fileendpoint", "accountendpoint", "endpoint",
        "ingestionendpoint", "liveendpoint",
    };

    /// <summary>Keys that hold a bare host (SQL Server, PostgreSQL, MySQL and friends).</summary>
    private static readonly string[] s_hostKeys =
    {
        "server", "datasource", "address", "addr", "networkaddress", "host", "hostname",
    };

    /// <summary>
    /// Reads a URL ("https://host/path"), a DSN ("https://key@o1.ingest.sentry.io/1"), a bare host or
    /// host:port, a key=value connection string (Azure Storage, Service Bus, Cosmos, App Insights,
    /// SQL Server, Npgsql) or a Redis configuration string ("host:6379,password=...").
    /// </summary>
    public static EndpointText Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return s_nothing;
        }

        if (LooksLikePlaceholder(text))
        {
            return s_placeholder;
        }

        if (text.IndexOf("://", StringComparison.Ordinal) > 0 && !LooksLikeKeyValue(text))
        {
            return FromHosts(UrlHosts(text));
        }

        if (LooksLikeKeyValue(text))
        {
            return FromKeyValue(text);
        }

        // Redis: "host1:6379,host2:6379,password=...,ssl=true"; otherwise a bare host or host:port.
        return FromHosts(text.Split(',').Select(p => p.Trim()).Where(p => p.IndexOf('=') < 0).Select(StripPort));
    }

    private static EndpointText FromKeyValue(string text)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0)
            {
                pairs[part.Substring(0, equals).Replace(" ", "").Trim().ToLowerInvariant()] = part.Substring(equals + 1).Trim();
            }
        }

        if (pairs.TryGetValue("usedevelopmentstorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return s_emulator;
        }

        var hosts = new List<string>();
        foreach (var key in s_urlKeys)
        {
            if (pairs.TryGetValue(key, out var url))
            {
                hosts.AddRange(UrlHosts(url));
            }
        }

        foreach (var key in s_hostKeys)
        {
            if (pairs.TryGetValue(key, out var server))
            {
                // "tcp:myserver.database.windows.net,1433", "myhost\\SQLEXPRESS", Npgsql "h1,h2:5433".
                var value = server.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ? server.Substring(4) : server;
                hosts.AddRange(value.Split(',').Select(h => StripPort(h.Split('\\')[0].Trim())).Where(h => h.Length > 0 && !h.All(char.IsDigit)));
            }
        }

        // Azure Storage without explicit endpoints: https://{AccountName}.blob.{EndpointSuffix}.
        if (hosts.Count == 0 && pairs.TryGetValue("accountname", out var account))
        {
            var suffix = pairs.TryGetValue("endpointsuffix", out var s) ? s : "core.windows.net";
            hosts.Add(account + ".blob." + suffix);
        }

        // Application Insights with only a region: {Location}.in.applicationinsights.{EndpointSuffix}.
        if (hosts.Count == 0 && pairs.TryGetValue("endpointsuffix", out var aiSuffix))
        {
            hosts.Add((pairs.TryGetValue("location", out var location) ? location + "." : "") + "dc." + aiSuffix);
        }

        return FromHosts(hosts);
    }

    private static IEnumerable<string> UrlHosts(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url.Substring(start + 3);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        // mongodb://h1:27017,h2:27017/db
        return authority.Split(',').Select(StripPort);
    }

    private static string StripPort(string hostAndPort)
    {
        if (hostAndPort.StartsWith("[", StringComparison.Ordinal))
        {
            var close = hostAndPort.IndexOf(']');
            return close > 0 ? hostAndPort.Substring(1, close - 1) : hostAndPort;
        }

        var colon = hostAndPort.IndexOf(':');
        return colon >= 0 && hostAndPort.IndexOf(':', colon + 1) < 0 ? hostAndPort.Substring(0, colon) : hostAndPort;
    }

    private static EndpointText FromHosts(IEnumerable<string> candidates)
    {
        // Documentation names (example.com) stay hosts: the policy may name them (SPEC §2 precedence);
        // Destination.ForHost makes them placeholders otherwise.
        var hosts = candidates.Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()).Where(IsHostName).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return hosts.IsEmpty ? s_nothing : new EndpointText(hosts, false, false);
    }

    private static bool LooksLikeKeyValue(string text)
    {
        var equals = text.IndexOf('=');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return equals > 0 && (scheme < 0 || equals < scheme) && text.Substring(0, equals).All(c => char.IsLetterOrDigit(c) || c == ' ' || c == '_');
    }

    private static bool LooksLikePlaceholder(string text) =>
        text.IndexOf('<') >= 0 || text.IndexOf('>') >= 0 || text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0 ||
        text.IndexOf("ENTER_", StringComparison.Ordinal) >= 0 || text.IndexOf("_HERE", StringComparison.Ordinal) >= 0 ||
        text.IndexOf("YOUR_", StringComparison.Ordinal) >= 0 || text.IndexOf("your-", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>RFC 2606 names are documentation, not a real destination unless the policy names them.</summary>
    public static bool IsDocumentationHost(string host) =>
        host is "example.com" or "example.org" or "example.net" ||
        host.EndsWith(".example.com", StringComparison.Ordinal) || host.EndsWith(".example.org", StringComparison.Ordinal) ||
        host.EndsWith(".example.net", StringComparison.Ordinal) || host.EndsWith(".example", StringComparison.Ordinal) ||
        host.EndsWith(".invalid", StringComparison.Ordinal) || host.EndsWith(".test", StringComparison.Ordinal);

    private static bool IsHostName(string host) =>
        host.Length is > 0 and <= 253 && host.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_' or ':') &&
        host[0] != '.' && host[0] != '-';
}
