using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The real cloud SDK assemblies, as restored for this test project, handed to test compilations as
/// metadata references. A member the analyzers rely on that the SDK renames fails a test.
/// </summary>
internal static class SdkAssemblies
{
    public static readonly IReadOnlyList<MetadataReference> All = new[]
    {
        typeof(Amazon.RegionEndpoint),
        typeof(Amazon.S3.AmazonS3Client),
        typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient),
        typeof(Amazon.SQS.AmazonSQSClient),
        typeof(Amazon.Extensions.NETCore.Setup.AWSOptions),
    }
    .Select(type => type.Assembly.Location)
    .Distinct()
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToList();
}
