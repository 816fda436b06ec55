using Amazon;
using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SQS;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>
/// What the corpora compile against: the .NET reference assemblies of the SDK running the benchmark
/// (packs/Microsoft.NETCore.App.Ref, as the tests do), and the real AWS SDK assemblies this project
/// restores. Created once, so metadata is read once and every compilation shares it.
/// </summary>
internal static class References
{
    /// <summary>Which reference pack <see cref="Framework"/> came from (declared first: it is set while loading).</summary>
    public static string FrameworkPack { get; private set; } = "";

    public static readonly IReadOnlyList<MetadataReference> Framework = LoadFramework();

    public static readonly IReadOnlyList<MetadataReference> FrameworkAndSdks =
    [
        .. Framework,
        .. new[] { typeof(RegionEndpoint), typeof(AmazonS3Client), typeof(AmazonDynamoDBClient), typeof(AmazonSQSClient) }
            .Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)),
    ];

    private static List<MetadataReference> LoadFramework()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var major = Environment.Version.Major;
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"), $"{major}.*")
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .First();
        FrameworkPack = "Microsoft.NETCore.App.Ref " + Path.GetFileName(pack);
        var directory = Path.Combine(pack, "ref", $"net{major}.0");
        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
