using System;
using System.Collections.Generic;
using System.IO;

namespace LocalizationAnalyzers.Catalog;

/// <summary>Reads the catalog's tab-separated tables embedded in this assembly.</summary>
internal static class Tsv
{
    /// <summary>Rows of the table as column-name → value maps; '#' lines are comments, '-' is an empty cell.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbedded(string fileName) =>
        ReadEmbeddedResource("LocalizationAnalyzers.Catalog." + fileName);

    /// <summary>A table embedded under its full logical name (e.g. LocalizationAnalyzers.PersonalData.vocabulary.tsv).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbeddedResource(string resource)
    {
        using var stream = typeof(Tsv).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded table " + resource);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        string[]? header = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var cell = i < cells.Length ? cells[i].Trim() : "-";
                row[header[i]] = cell == "-" ? "" : cell;
            }

            rows.Add(row);
        }

        return rows;
    }
}
