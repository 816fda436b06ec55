using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// One finding, one diagnostic (SPEC §5): a region or endpoint written in appsettings*.json is reported at
/// the JSON value, once; each IConfiguration lookup in code that reads it (and the client it configures)
/// becomes an additional location of that diagnostic instead of a second one. The file rule records its
/// findings here, code rules record the lookups, and both meet when the whole compilation is known.
/// </summary>
internal sealed class ConfigurationFindings
{
    private readonly ConcurrentBag<(string Key, Func<IEnumerable<Location>, Diagnostic> Create, Location At)> _findings = new();
    private readonly ConcurrentBag<(string Key, Location Lookup, Location? Client)> _lookups = new();

    /// <summary>A JSON value the file rule reports; <paramref name="create"/> builds it with the code locations that read it.</summary>
    public void AddFinding(string key, Location at, Func<IEnumerable<Location>, Diagnostic> create) => _findings.Add((key, create, at));

    /// <summary>A lookup in code whose value the file rule judges: it is shown with the JSON finding, not on its own.</summary>
    public void AddLookup(string key, Location lookup, Location? client) => _lookups.Add((key, lookup, client));

    public void Report(CompilationAnalysisContext context)
    {
        var lookups = _lookups
            .GroupBy(l => l.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(l => l.Lookup.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
                    .ThenBy(l => l.Lookup.SourceSpan.Start)
                    .SelectMany(l => l.Client is null ? new[] { l.Lookup } : new[] { l.Lookup, l.Client })
                    .Distinct()
                    .Take(6)
                    .ToList(),
                StringComparer.OrdinalIgnoreCase);
        foreach (var (key, create, _) in _findings)
        {
            context.ReportDiagnostic(create(lookups.TryGetValue(key, out var found) ? found : Enumerable.Empty<Location>()));
        }
    }
}
