using System;
using System.Net;
using System.Net.Sockets;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Hosts that never leave the organisation's network (SPEC §2 internal_hosts): loopback, private and
/// link-local addresses, *.local, *.internal, *.svc.cluster.local and single-label names.
/// </summary>
internal static class InternalHosts
{
    public static bool IsInternal(string host)
    {
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) ||
            host.EndsWith(".local", StringComparison.Ordinal) || host.EndsWith(".internal", StringComparison.Ordinal) ||
            host.EndsWith(".lan", StringComparison.Ordinal) || host.EndsWith(".home.arpa", StringComparison.Ordinal))
        {
            return true;
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return IsPrivate(address);
        }

        // "orders-db", "redis": resolved by the local network's DNS.
        return host.IndexOf('.') < 0;
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes[0] == 10 ||
                   bytes[0] == 172 && bytes[1] >= 16 && bytes[1] <= 31 ||
                   bytes[0] == 192 && bytes[1] == 168 ||
                   bytes[0] == 169 && bytes[1] == 254 ||
                   bytes[0] == 100 && bytes[1] >= 64 && bytes[1] <= 127;
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (bytes[0] & 0xFE) == 0xFC;
    }
}
