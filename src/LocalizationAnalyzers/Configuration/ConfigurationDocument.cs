using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Configuration;

/// <summary>What a JSON value was, before it became a configuration string.</summary>
internal enum ConfigurationValueKind
{
    String,
    Number,
    True,
    False,
    Null,

    /// <summary>An empty object: the key exists with a null value.</summary>
    EmptyObject,

    /// <summary>An empty array: the key exists with the value "".</summary>
    EmptyArray,
}

/// <summary>
/// One configuration key of a JSON file, flattened as Microsoft.Extensions.Configuration does
/// ("ConnectionStrings:Orders", "Serilog:WriteTo:0:Name"), with where its value is written.
/// </summary>
internal sealed class ConfigurationEntry
{
    public ConfigurationEntry(string key, string? value, ConfigurationValueKind kind, TextSpan span)
    {
        Key = key;
        Value = value;
        Kind = kind;
        Span = span;
    }

    /// <summary>The key with the names as written in the file, segments joined by ':'.</summary>
    public string Key { get; }

    /// <summary>The value as IConfiguration returns it: a string's text, a number's JSON text, "True"/"False", null.</summary>
    public string? Value { get; }

    public ConfigurationValueKind Kind { get; }

    /// <summary>The JSON value token, a string with its quotes.</summary>
    public TextSpan Span { get; }
}

/// <summary>Why a file is not a configuration file Microsoft.Extensions.Configuration.Json would load.</summary>
internal sealed class ConfigurationProblem
{
    public ConfigurationProblem(int position, string message)
    {
        Position = position;
        Message = message;
    }

    /// <summary>Offset in the text where reading stopped.</summary>
    public int Position { get; }

    public string Message { get; }
}

/// <summary>A parsed appsettings*.json: its keys, or the problem that makes the runtime reject it.</summary>
internal sealed class ConfigurationDocument
{
    private readonly Dictionary<string, ConfigurationEntry> _byKey;

    public ConfigurationDocument(ImmutableArray<ConfigurationEntry> entries, ConfigurationProblem? problem)
    {
        Problem = problem;
        Entries = problem is null ? entries : ImmutableArray<ConfigurationEntry>.Empty;

        // Later assignments win, as in the provider's dictionary (an empty object or array overwrites silently).
        _byKey = new Dictionary<string, ConfigurationEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            _byKey[entry.Key] = entry;
        }
    }

    /// <summary>Every assignment in document order; empty when the file has a problem (the runtime loads nothing of it).</summary>
    public ImmutableArray<ConfigurationEntry> Entries { get; }

    public ConfigurationProblem? Problem { get; }

    /// <summary>The entry of a key (case-insensitive, as configuration keys are).</summary>
    public ConfigurationEntry? Find(string key) => _byKey.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>The keys as the configuration provider holds them, for comparing with it.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Data
    {
        get
        {
            foreach (var pair in _byKey)
            {
                yield return new KeyValuePair<string, string?>(pair.Key, pair.Value.Value);
            }
        }
    }
}
