using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// An appsettings.json or appsettings.{Environment}.json the build hands to the analyzers as an
/// additional file (the package's props add them), parsed once per compilation.
/// </summary>
internal sealed class AppSettingsFile
{
    private AppSettingsFile(AdditionalText text, SourceText source, string fileName, string? environment, ConfigurationDocument document)
    {
        Text = text;
        Source = source;
        FileName = fileName;
        Environment = environment;
        Document = document;
    }

    public AdditionalText Text { get; }

    public string Path => Text.Path;

    public SourceText Source { get; }

    /// <summary>"appsettings.Production.json", as messages name the file.</summary>
    public string FileName { get; }

    /// <summary>"Production" of appsettings.Production.json; null for the base appsettings.json.</summary>
    public string? Environment { get; }

    public ConfigurationDocument Document { get; }

    /// <summary>Where a span of the file is, as diagnostics point at it.</summary>
    public Location LocationOf(TextSpan span) => Location.Create(Path, span, Source.Lines.GetLinePositionSpan(span));

    /// <summary>The file, parsed, when its name is appsettings.json or appsettings.*.json; otherwise null.</summary>
    public static AppSettingsFile? TryRead(AdditionalText text, CancellationToken cancellationToken)
    {
        if (!IsAppSettings(text.Path, out var fileName, out var environment))
        {
            return null;
        }

        // The host has the text already (it is an input of the compilation); an unreadable file reads as null.
        var source = text.GetText(cancellationToken);
        return source is null ? null : new AppSettingsFile(text, source, fileName, environment, JsonConfigurationReader.Read(source));
    }

    /// <summary>appsettings.json (base) or appsettings.{Environment}.json, as ASP.NET Core names them; case-insensitive.</summary>
    public static bool IsAppSettings(string path, out string fileName, out string? environment)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        fileName = path.Substring(slash + 1);
        environment = null;
        const string Prefix = "appsettings.";
        const string Suffix = ".json";
        if (!fileName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (fileName.Length == Prefix.Length + Suffix.Length - 1)
        {
            return true;
        }

        var middle = fileName.Length - Prefix.Length - Suffix.Length;
        if (middle <= 0)
        {
            return false;
        }

        environment = fileName.Substring(Prefix.Length, middle);
        return true;
    }
}
