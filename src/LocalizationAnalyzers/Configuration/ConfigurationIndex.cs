using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// A value IConfiguration returns for a key, as far as the appsettings files tell: the base file's value
/// (or the first environment file's) and every other value an environment file gives the same key.
/// </summary>
internal sealed class ConfiguredValue
{
    public ConfiguredValue(string key, ImmutableArray<string> texts)
    {
        Key = key;
        Texts = texts;
    }

    public string Key { get; }

    /// <summary>Distinct values, base file first, then environment files by name; never empty.</summary>
    public ImmutableArray<string> Texts { get; }
}

/// <summary>
/// The appsettings*.json files of one compilation, parsed once at compilation start from the additional
/// files (never from disk), with the IConfiguration symbols lookups are recognised by.
/// </summary>
/// <remarks>
/// Several files may define a key: at run time appsettings.{Environment}.json overrides appsettings.json
/// and the environment is not known at build time. A lookup therefore yields every value any file gives
/// the key (base first); the rules judge each and report the worst (an endpoint site's destinations, a
/// region's first one outside the jurisdiction). Each file's own values are judged in that file.
/// </remarks>
internal sealed class ConfigurationIndex
{
    /// <summary>MSBuild property (made compiler-visible by the package props) that turns appsettings reading off.</summary>
    public const string IncludeAppSettingsProperty = "build_property.DataLocalizationIncludeAppSettings";

    /// <summary>
    /// The index of the compilation being analysed, for <see cref="Egress.StringValue"/>, which sees only
    /// operations. Replaced at every compilation start: an IDE may analyse the same compilation again after
    /// an appsettings file changed.
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, Holder> s_byCompilation = new();

    private ConfigurationIndex(ImmutableArray<AppSettingsFile> files, INamedTypeSymbol? configuration, INamedTypeSymbol? section)
    {
        Files = files;
        ConfigurationType = configuration;
        SectionType = section;
    }

    /// <summary>Base files first, then environment files, each group by path.</summary>
    public ImmutableArray<AppSettingsFile> Files { get; }

    /// <summary>The JSON findings of this compilation and the lookups that read them (reported together at its end).</summary>
    public ConfigurationFindings Findings { get; } = new();

    /// <summary>Microsoft.Extensions.Configuration.IConfiguration, when the compilation references it.</summary>
    public INamedTypeSymbol? ConfigurationType { get; }

    public INamedTypeSymbol? SectionType { get; }

    /// <summary>Parses the compilation's appsettings files and makes the index the one lookups in this compilation see.</summary>
    public static ConfigurationIndex Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = ImmutableArray<AppSettingsFile>.Empty;
        if (!(options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(IncludeAppSettingsProperty, out var include) &&
              include.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)))
        {
            files = options.AdditionalFiles
                .Select(text => AppSettingsFile.TryRead(text, cancellationToken))
                .Where(file => file is not null)
                .Select(file => file!)
                .OrderBy(file => file.Environment is null ? 0 : 1)
                .ThenBy(file => file.Path, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        var index = new ConfigurationIndex(
            files,
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration"),
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection"));
        s_byCompilation.GetValue(compilation, _ => new Holder()).Index = index;
        return index;
    }

    /// <summary>The index registered for a compilation, or null (none started, or no files and no IConfiguration).</summary>
    public static ConfigurationIndex? Of(Compilation? compilation) =>
        compilation is not null && s_byCompilation.TryGetValue(compilation, out var holder) ? holder.Index : null;

    /// <summary>True when lookups can resolve anything at all.</summary>
    public bool CanResolveLookups => !Files.IsEmpty && ConfigurationType is not null;

    public AppSettingsFile? FileOf(AdditionalText text)
    {
        foreach (var file in Files)
        {
            if (ReferenceEquals(file.Text, text) || string.Equals(file.Path, text.Path, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>Every value the files give the key (case-insensitive); null when no file defines it with a value.</summary>
    public ConfiguredValue? Lookup(string key)
    {
        List<string>? texts = null;
        foreach (var file in Files)
        {
            if (file.Document.Find(key) is { Value: { } value })
            {
                texts ??= new List<string>();
                if (!texts.Contains(value, StringComparer.Ordinal))
                {
                    texts.Add(value);
                }
            }
        }

        return texts is null ? null : new ConfiguredValue(key, texts.ToImmutableArray());
    }

    private sealed class Holder
    {
        public volatile ConfigurationIndex? Index;
    }
}
