using System;

namespace LocalizationAnalyzers.Policy;

/// <summary>
/// A host in the policy: "api.partner.cn" matches that host; "*.corp.example" matches one or more
/// leading labels before ".corp.example" (not the bare domain itself).
/// </summary>
internal sealed class HostPattern
{
    private HostPattern(string text, string suffix, bool wildcard)
    {
        Text = text;
        _suffix = suffix;
        _wildcard = wildcard;
    }

    private readonly string _suffix;
    private readonly bool _wildcard;

    public string Text { get; }

    public bool Matches(string host)
    {
        host = host.TrimEnd('.');
        if (!_wildcard)
        {
            return string.Equals(host, _suffix, StringComparison.OrdinalIgnoreCase);
        }

        return host.Length > _suffix.Length + 1 &&
               host.EndsWith("." + _suffix, StringComparison.OrdinalIgnoreCase);
    }

    public const string Accepted = "a host name (api.partner.cn) or '*.' followed by a domain (*.corp.example); no scheme, port, path or other wildcards";

    public static HostPattern? Parse(string text, out string? problem)
    {
        problem = null;
        var pattern = text.Trim().ToLowerInvariant();
        var wildcard = pattern.StartsWith("*.", StringComparison.Ordinal);
        var host = wildcard ? pattern.Substring(2) : pattern;
        if (host.Length == 0 || !IsHostName(host))
        {
            problem = "malformed host pattern; expected " + Accepted;
            return null;
        }

        return new HostPattern(pattern, host, wildcard);
    }

    private static bool IsHostName(string host)
    {
        foreach (var label in host.Split('.'))
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-' || c == '_'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override string ToString() => Text;
}
