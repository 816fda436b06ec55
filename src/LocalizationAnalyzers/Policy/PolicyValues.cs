using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Policy;

/// <summary>How list values are written in editorconfig: comma-separated, spaces ignored.</summary>
internal static class PolicyValues
{
    /// <summary>Separators people reach for instead of a comma. (A ';' or '#' in an editorconfig value starts a
    /// comment and never reaches an analyzer; a host that hands over raw values still gets the advice.)</summary>
    private static readonly char[] WrongSeparators = { ';', '|' };

    private static readonly Regex AroundPunctuation = new(@"\s*([:=])\s*", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split(new[] { ',' }, StringSplitOptions.None)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToList();

    /// <summary>
    /// How to fix an item that holds several values joined by something other than a comma ("CN|RU",
    /// "CN RU": no policy value contains a space), or null when it does not.
    /// </summary>
    public static string? WrongSeparatorAdvice(string item)
    {
        foreach (var separator in WrongSeparators)
        {
            if (item.IndexOf(separator) >= 0)
            {
                return Advice(item.Split(separator), "'" + separator + "'");
            }
        }

        // Spaces around ':' and '=' are layout ("aws: eu-west-1", "host = CN"), not separators.
        var words = AroundPunctuation.Replace(item, "$1").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 ? Advice(words, "spaces") : null;
    }

    public static bool HasWildcard(string item) => item.IndexOf('*') >= 0 || item.IndexOf('?') >= 0;

    private static string Advice(IEnumerable<string> parts, string separator) =>
        "separate values with commas, not " + separator + ": " + string.Join(", ", parts.Select(p => p.Trim()).Where(p => p.Length > 0));
}
