using System.Reflection;

namespace LocalizationAnalyzers.Benchmark;

/// <summary>Facts the build baked into the harness (see the project file).</summary>
internal static class BuildInfo
{
    public static string SecurityCodeScanVersion { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SecurityCodeScanVersion")?.Value ?? "unknown";
}
