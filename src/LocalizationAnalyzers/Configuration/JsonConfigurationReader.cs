using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// Reads appsettings*.json the way Microsoft.Extensions.Configuration.Json does (System.Text.Json with
/// JsonCommentHandling.Skip, AllowTrailingCommas and the default depth of 64, then the provider's
/// flattening), keeping the position of every value.
/// </summary>
/// <remarks>
/// Why a reader of our own instead of System.Text.Json's Utf8JsonReader: the analyzer assembly is loaded
/// by every compiler host from Roslyn 4.8 on (Visual Studio on .NET Framework, the .NET SDK's compiler
/// server, OmniSharp, Rider), and it references only what the compiler itself provides (RS1038).
/// System.Text.Json is not part of that contract: Visual Studio's .NET Framework host carries its own
/// copy at a version of its choosing with binding redirects, so an analyzer that ships another version
/// either fails to load (CS8032) or throws at first use (AD0001, FileLoadException), and one that
/// ships none depends on what a given IDE version happens to load. The subset we need (RFC 8259 with
/// comments and trailing commas) is a few hundred lines, never throws, and reports line and column
/// directly. Its accept/reject decisions and its flattened keys are checked against the real
/// Microsoft.Extensions.Configuration.Json in the tests (ConfigurationConformanceTests).
/// </remarks>
internal sealed class JsonConfigurationReader
{
    /// <summary>JsonReaderOptions.MaxDepth's default, which the configuration provider keeps.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<ConfigurationEntry> _entries = new();
    private readonly Dictionary<string, int> _leafKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _path = new();
    private int _position;
    private ConfigurationProblem? _syntaxError;
    private ConfigurationProblem? _duplicate;

    private JsonConfigurationReader(string text)
    {
        _text = text;
    }

    public static ConfigurationDocument Read(SourceText text) => Read(text.ToString());

    public static ConfigurationDocument Read(string text)
    {
        var reader = new JsonConfigurationReader(text);
        var problem = reader.ReadDocument();
        return new ConfigurationDocument(reader._entries.ToImmutableArray(), problem);
    }

    private ConfigurationProblem? ReadDocument()
    {
        // A byte order mark left in the text (StreamReader drops it before the provider parses).
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        if (!SkipTrivia())
        {
            return _syntaxError;
        }

        if (_position >= _text.Length)
        {
            return new ConfigurationProblem(_position, "the file holds no JSON value; an appsettings file needs at least {}");
        }

        var rootStart = _position;
        var root = _text[_position];
        if (!ReadValue(depth: 1))
        {
            return _syntaxError;
        }

        if (!SkipTrivia())
        {
            return _syntaxError;
        }

        if (_position < _text.Length)
        {
            return new ConfigurationProblem(_position, $"{Describe(_text[_position])} after the end of the top-level value; expected nothing more");
        }

        if (root != '{')
        {
            return new ConfigurationProblem(rootStart, $"the top-level value is {KindOf(root)}; Microsoft.Extensions.Configuration needs a JSON object");
        }

        return _duplicate;
    }

    /// <summary>Reads the value at the current position; false (with <see cref="_syntaxError"/> set) when it is not valid.</summary>
    private bool ReadValue(int depth)
    {
        var start = _position;
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                if (ReadString(out var text))
                {
                    Leaf(text, ConfigurationValueKind.String, start);
                    return true;
                }

                return false;
            case 't':
                return ReadLiteral("true", "True", ConfigurationValueKind.True);
            case 'f':
                return ReadLiteral("false", "False", ConfigurationValueKind.False);
            case 'n':
                return ReadLiteral("null", null, ConfigurationValueKind.Null);
            default:
                if (c == '-' || c is >= '0' and <= '9')
                {
                    return ReadNumber();
                }

                return Fail(start, $"{Describe(c)} cannot start a JSON value");
        }
    }

    private bool ReadObject(int depth)
    {
        var open = _position;
        if (depth > MaxDepth)
        {
            return Fail(open, $"objects and arrays are nested deeper than {MaxDepth} levels");
        }

        _position++;
        var isEmpty = true;
        while (true)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position >= _text.Length)
            {
                return Fail(_position, "the file ends inside an object; a '}' is missing");
            }

            if (_text[_position] == '}')
            {
                _position++;
                break;
            }

            if (_text[_position] != '"')
            {
                return Fail(_position, $"{Describe(_text[_position])} cannot start a property name; expected '\"'");
            }

            if (!ReadString(out var name))
            {
                return false;
            }

            // System.Text.Json allows no comment between a property name and its colon.
            if (!SkipWhitespace())
            {
                return Fail(_position, "the file ends after a property name; expected ':'");
            }

            if (_text[_position] != ':')
            {
                return Fail(_position, $"{Describe(_text[_position])} after a property name; expected ':'");
            }

            _position++;
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position >= _text.Length)
            {
                return Fail(_position, "the file ends after ':'; expected a value");
            }

            isEmpty = false;
            _path.Add(name);
            var read = ReadValue(depth + 1);
            _path.RemoveAt(_path.Count - 1);
            if (!read || !AfterMember('}', "an object"))
            {
                return false;
            }

            if (_position < _text.Length && _text[_position] == '}')
            {
                _position++;
                break;
            }
        }

        if (isEmpty && _path.Count > 0)
        {
            Assign(null, ConfigurationValueKind.EmptyObject, open);
        }

        return true;
    }

    private bool ReadArray(int depth)
    {
        var open = _position;
        if (depth > MaxDepth)
        {
            return Fail(open, $"objects and arrays are nested deeper than {MaxDepth} levels");
        }

        _position++;
        var index = 0;
        while (true)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position >= _text.Length)
            {
                return Fail(_position, "the file ends inside an array; a ']' is missing");
            }

            if (_text[_position] == ']')
            {
                _position++;
                break;
            }

            _path.Add(index.ToString(CultureInfo.InvariantCulture));
            var read = ReadValue(depth + 1);
            _path.RemoveAt(_path.Count - 1);
            index++;
            if (!read || !AfterMember(']', "an array"))
            {
                return false;
            }

            if (_position < _text.Length && _text[_position] == ']')
            {
                _position++;
                break;
            }
        }

        if (index == 0 && _path.Count > 0)
        {
            Assign("", ConfigurationValueKind.EmptyArray, open);
        }

        return true;
    }

    /// <summary>After a member: a comma (a trailing one is allowed) or the closing bracket, left unread.</summary>
    private bool AfterMember(char close, string container)
    {
        if (!SkipTrivia())
        {
            return false;
        }

        if (_position >= _text.Length)
        {
            return Fail(_position, $"the file ends inside {container}; a '{close}' is missing");
        }

        var c = _text[_position];
        if (c == close)
        {
            return true;
        }

        if (c != ',')
        {
            return Fail(_position, $"{Describe(c)} after a value; expected ',' or '{close}'");
        }

        _position++;
        if (!SkipTrivia())
        {
            return false;
        }

        // One trailing comma before the closing bracket is allowed; a second comma is not.
        if (_position < _text.Length && _text[_position] == ',')
        {
            return Fail(_position, close == '}' ? "',' cannot start a property name; expected '\"'" : "',' cannot start a JSON value");
        }

        return true;
    }

    private bool ReadString(out string value)
    {
        var start = _position;
        value = "";
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                return Fail(start, "a string is not closed; a '\"' is missing");
            }

            var c = _text[_position];
            if (c == '"')
            {
                value = builder is null ? _text.Substring(runStart, _position - runStart) : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return true;
            }

            if (c < ' ')
            {
                return Fail(_position, $"{Describe(c)} inside a string must be escaped");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            if (_position + 1 >= _text.Length)
            {
                return Fail(start, "a string is not closed; a '\"' is missing");
            }

            var escape = _text[_position + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (!ReadUnicodeEscape(_position, out var unit))
                    {
                        return false;
                    }

                    builder.Append(unit);
                    _position += 4;
                    break;
                default:
                    return Fail(_position + 1, $"'\\{escape}' is not a JSON escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
            }

            _position += 2;

            // A surrogate written as an escape must be one of a whole pair (the provider cannot read half of one).
            if (escape == 'u' && char.IsSurrogate(builder[builder.Length - 1]))
            {
                if (char.IsLowSurrogate(builder[builder.Length - 1]) || !TryHexEscape(_position, out var low) || !char.IsLowSurrogate(low))
                {
                    return Fail(_position - 6, "a \\u escape holds half of a UTF-16 surrogate pair");
                }

                builder.Append(low);
                _position += 6;
            }

            runStart = _position;
        }
    }

    private bool ReadUnicodeEscape(int backslash, out char unit)
    {
        for (var at = backslash + 2; at < backslash + 6; at++)
        {
            if (at >= _text.Length)
            {
                unit = '\0';
                return Fail(at, "the file ends inside a \\u escape");
            }

            if (HexValue(_text[at]) < 0)
            {
                unit = '\0';
                return Fail(at, $"{Describe(_text[at])} is not a hex digit of a \\u escape");
            }
        }

        return TryHexEscape(backslash, out unit);
    }

    /// <summary>The code unit of a well-formed \uXXXX at this position, without reporting anything.</summary>
    private bool TryHexEscape(int backslash, out char unit)
    {
        unit = '\0';
        if (backslash + 6 > _text.Length || _text[backslash] != '\\' || _text[backslash + 1] != 'u')
        {
            return false;
        }

        var value = 0;
        for (var at = backslash + 2; at < backslash + 6; at++)
        {
            var nibble = HexValue(_text[at]);
            if (nibble < 0)
            {
                return false;
            }

            value = value * 16 + nibble;
        }

        unit = (char)value;
        return true;
    }

    private static int HexValue(char digit) =>
        digit is >= '0' and <= '9' ? digit - '0' : digit is >= 'a' and <= 'f' ? digit - 'a' + 10 : digit is >= 'A' and <= 'F' ? digit - 'A' + 10 : -1;

    private bool ReadLiteral(string literal, string? value, ConfigurationValueKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            var length = 0;
            while (start + length < _text.Length && length < literal.Length + 1 && char.IsLetter(_text[start + length]))
            {
                length++;
            }

            return Fail(start, $"'{_text.Substring(start, Math.Max(length, 1))}' is not a JSON literal; expected '{literal}'");
        }

        _position += literal.Length;
        if (_position < _text.Length && !IsDelimiter(_text[_position]))
        {
            return Fail(_position, $"{Describe(_text[_position])} right after '{literal}'; expected a delimiter");
        }

        Leaf(value, kind, start);
        return true;
    }

    private bool ReadNumber()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (!Digit(out var first, "after '-'"))
        {
            return false;
        }

        if (first == '0' && _position < _text.Length && _text[_position] is >= '0' and <= '9')
        {
            return Fail(_position, "a number has a leading zero");
        }

        SkipDigits();
        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            if (!Digit(out _, "after the decimal point"))
            {
                return false;
            }

            SkipDigits();
        }

        if (_position < _text.Length && _text[_position] is 'e' or 'E')
        {
            _position++;
            if (_position < _text.Length && _text[_position] is '+' or '-')
            {
                _position++;
            }

            if (!Digit(out _, "in the exponent"))
            {
                return false;
            }

            SkipDigits();
        }

        if (_position < _text.Length && !IsDelimiter(_text[_position]))
        {
            return Fail(_position, $"{Describe(_text[_position])} ends a number; expected a delimiter");
        }

        Leaf(_text.Substring(start, _position - start), ConfigurationValueKind.Number, start);
        return true;
    }

    private bool Digit(out char digit, string where)
    {
        digit = _position < _text.Length ? _text[_position] : '\0';
        if (digit is >= '0' and <= '9')
        {
            _position++;
            return true;
        }

        return Fail(_position, _position < _text.Length ? $"{Describe(digit)} in a number {where}; expected a digit" : $"the file ends in a number {where}; expected a digit");
    }

    private void SkipDigits()
    {
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
        {
            _position++;
        }
    }

    private static bool IsDelimiter(char c) => c is ',' or '}' or ']' or ' ' or '\t' or '\r' or '\n' or '/';

    /// <summary>Whitespace and comments; false (with the error set) on a malformed comment.</summary>
    private bool SkipTrivia()
    {
        while (SkipWhitespace())
        {
            if (_text[_position] != '/')
            {
                return true;
            }

            var start = _position;
            var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
            if (next == '/')
            {
                _position += 2;
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    if (_text[_position] is '\u2028' or '\u2029')
                    {
                        return Fail(_position, "a line or paragraph separator (U+2028, U+2029) inside a // comment");
                    }

                    _position++;
                }
            }
            else if (next == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return Fail(start, "a /* comment is not closed; a '*/' is missing");
                }

                _position = end + 2;
            }
            else
            {
                return Fail(start, "'/' that does not start a comment (// or /*)");
            }
        }

        return true;
    }

    /// <summary>Skips JSON whitespace; true when a character follows.</summary>
    private bool SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }

        return _position < _text.Length;
    }

    /// <summary>A string, number, true, false or null: the provider rejects a key it has seen before (case-insensitive).</summary>
    private void Leaf(string? value, ConfigurationValueKind kind, int start)
    {
        var key = string.Join(":", _path);
        if (_path.Count > 0 && _duplicate is null && _leafKeys.ContainsKey(key))
        {
            _duplicate = new ConfigurationProblem(start, $"the key '{key}' is defined twice (configuration keys ignore case)");
        }

        Assign(value, kind, start);
    }

    private void Assign(string? value, ConfigurationValueKind kind, int start)
    {
        if (_path.Count == 0)
        {
            return;
        }

        var key = string.Join(":", _path);
        _leafKeys[key] = 0;
        _entries.Add(new ConfigurationEntry(key, value, kind, TextSpan.FromBounds(start, _position)));
    }

    private bool Fail(int position, string message)
    {
        _syntaxError ??= new ConfigurationProblem(Math.Min(position, _text.Length), message);
        return false;
    }

    private static string Describe(char c) =>
        c < ' ' || c is '\u007F' or '\u00A0' or '\u2028' or '\u2029' or '\uFEFF'
            ? $"the character U+{(int)c:X4}"
            : c == '\'' ? "a single quote (JSON strings take double quotes)" : $"'{c}'";

    private static string KindOf(char first) => first switch
    {
        '[' => "an array",
        '"' => "a string",
        't' or 'f' => "a boolean",
        'n' => "null",
        _ => "a number",
    };
}
