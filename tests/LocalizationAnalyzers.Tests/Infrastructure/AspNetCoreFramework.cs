using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The ASP.NET Core reference assemblies of the SDK running the tests (packs/Microsoft.AspNetCore.App.Ref), for
/// tests of entry points (controllers, Razor Pages, SignalR hubs, minimal APIs) against the real framework types.
/// Assemblies the SDK set already provides (Microsoft.Extensions.* restored from NuGet) are taken from there, once.
/// </summary>
internal static class AspNetCoreFramework
{
    public static readonly IReadOnlyList<MetadataReference> References = Load();

    private static IReadOnlyList<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var major = Environment.Version.Major;
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref"), $"{major}.*")
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .First();
        var provided = new HashSet<string>(
            SdkAssemblies.All.Concat(TargetFramework.References).Select(r => Path.GetFileNameWithoutExtension(r.Display!)),
            StringComparer.OrdinalIgnoreCase);
        return Directory.GetFiles(Path.Combine(pack, "ref", $"net{major}.0"), "*.dll")
            .Where(p => !provided.Contains(Path.GetFileNameWithoutExtension(p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
