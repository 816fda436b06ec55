using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The .NET reference assemblies of the SDK running the tests (packs/Microsoft.NETCore.App.Ref), so test
/// compilations target the same framework as the SDK assemblies restored for this project, offline.
/// </summary>
internal static class TargetFramework
{
    public static readonly IReadOnlyList<MetadataReference> References = Load();

    private static IReadOnlyList<MetadataReference> Load()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var major = Environment.Version.Major;
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"), $"{major}.*")
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .First();
        var refs = Path.Combine(pack, "ref", $"net{major}.0");
        return Directory.GetFiles(refs, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
