using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Benchmark.Analysis;

/// <summary>A named group of analyzers measured together.</summary>
/// <param name="EveryRun">Measured in every run; otherwise in the first run only (the expensive references).</param>
internal sealed record AnalyzerSet(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, string Source, bool EveryRun = true);

internal static class AnalyzerSets
{
    public static AnalyzerSet Empty() => new("empty", [new EmptyAnalyzer()], "benchmark's EmptyAnalyzer");

    public static AnalyzerSet NoOpOperations() => new("no-op ops", [new NoOpOperationAnalyzer()], "benchmark's NoOpOperationAnalyzer", EveryRun: false);

    /// <summary>
    /// Every C# DiagnosticAnalyzer in the LocalizationAnalyzers assembly, found as the compiler finds
    /// them (non-abstract, [DiagnosticAnalyzer] for C#), so an analyzer added later is measured too.
    /// </summary>
    public static AnalyzerSet Ours()
    {
        var assembly = typeof(DataLocalizationAnalyzer).Assembly;
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                        t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute &&
                        attribute.Languages.Contains(LanguageNames.CSharp))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();
        if (!analyzers.Any(a => a is DataLocalizationAnalyzer))
        {
            throw new InvalidOperationException("DataLocalizationAnalyzer was not found by reflection.");
        }

        return new("ours", analyzers, $"{assembly.GetName().Name} {assembly.GetName().Version}");
    }

    /// <summary>
    /// Another build of our analyzers (e.g. main's, before a change), loaded from its assembly in a load
    /// context of its own, measured in the same runs as <see cref="Ours"/>: on a busy machine the
    /// comparison of two sets measured side by side is the figure to trust.
    /// </summary>
    public static AnalyzerSet Before(string path)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("before", isCollectible: false);
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                        t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute &&
                        attribute.Languages.Contains(LanguageNames.CSharp))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();
        return new("before", analyzers, $"{path} ({assembly.GetName().Version})");
    }

    /// <summary>
    /// SecurityCodeScan's C# analyzers, loaded from the package's analyzer assemblies that the build
    /// copies next to the harness (scs/), the way the compiler loads an analyzer package.
    /// </summary>
    public static AnalyzerSet SecurityCodeScan()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "scs", "SecurityCodeScan.VS2019.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("SecurityCodeScan's analyzer assembly was not copied to the output.", path);
        }

        var failures = new List<string>();
        var reference = new AnalyzerFileReference(path, new Loader());
        reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{e.TypeName}: {e.Message}");
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        if (failures.Count > 0 || analyzers.IsEmpty)
        {
            throw new InvalidOperationException("SecurityCodeScan did not load: " + string.Join("; ", failures));
        }

        var version = AssemblyName.GetAssemblyName(path).Version;
        return new("SCS", analyzers, $"SecurityCodeScan.VS2019 {BuildInfo.SecurityCodeScanVersion} (assembly {version})", EveryRun: false);
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        // LoadFrom resolves the analyzer's own dependencies (YamlDotNet) from its folder.
        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);

        public void AddDependencyLocation(string fullPath)
        {
        }
    }
}
