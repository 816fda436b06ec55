using System.Collections.Immutable;
using System.Text;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>Splits identifiers into lowercase words (see the header of Data/vocabulary.tsv).</summary>
internal static class IdentifierWords
{
    /// <summary>
    /// customerEmail → [customer, email]; ID_CARD_NO → [id, card, no]; HTTPServerName → [http, server, name];
    /// email2 → [email, 2]; m_email → [email]. Words break at any character that is not a letter or digit,
    /// at lower→Upper, at letter↔digit, and before the last capital of a run followed by a lowercase letter.
    /// </summary>
    public static ImmutableArray<string> Split(string identifier)
    {
        if (string.IsNullOrEmpty(identifier))
        {
            return ImmutableArray<string>.Empty;
        }

        var start = HasFieldPrefix(identifier) ? 2 : 0;
        var words = ImmutableArray.CreateBuilder<string>();
        var word = new StringBuilder();
        for (var i = start; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(word, words);
                continue;
            }

            if (word.Length > 0 && IsBoundary(identifier, i))
            {
                Flush(word, words);
            }

            word.Append(char.ToLowerInvariant(c));
        }

        Flush(word, words);
        return words.ToImmutable();
    }

    /// <summary>True when the word is made of digits only (the "2" of email2).</summary>
    public static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // m_email, s_instance, t_value: Hungarian-style field prefixes are not words.
    private static bool HasFieldPrefix(string identifier) =>
        identifier.Length > 2 && identifier[1] == '_' && identifier[0] is 'm' or 's' or 't';

    // A boundary before identifier[i]. In a capital run followed by lowercase letters the last capital starts
    // the next word (HTTPServer → HTTP Server), unless only one lowercase letter follows: the plural of an
    // acronym or its lowercase letter stays with it (SSNs, IDs, IPv6).
    private static bool IsBoundary(string identifier, int i)
    {
        var previous = identifier[i - 1];
        var current = identifier[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (!char.IsUpper(current))
        {
            return false;
        }

        if (char.IsLower(previous))
        {
            return true;
        }

        return char.IsUpper(previous) &&
            i + 1 < identifier.Length && char.IsLower(identifier[i + 1]) &&
            i + 2 < identifier.Length && char.IsLower(identifier[i + 2]);
    }

    private static void Flush(StringBuilder word, ImmutableArray<string>.Builder words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
