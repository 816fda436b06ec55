using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// A local is taken at its initial value only when nothing in the method assigns it again, in any form:
/// otherwise the analyzer would report a region the code no longer uses (or miss the one it does).
/// </summary>
public class LocalReassignmentTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    [Theory]
    [InlineData("(region, _) = (\"cn-north-1\", 0);")]
    [InlineData("(region, var other) = (\"cn-north-1\", 0);")]
    [InlineData("region += \"\";")]
    [InlineData("region ??= \"cn-north-1\";")]
    [InlineData("Replace(ref region);")]
    [InlineData("System.Action later = () => region = \"cn-north-1\"; later();")]
    public async Task A_reassigned_local_is_not_judged_by_its_initializer(string reassignment)
    {
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create()
                {
                    var region = "us-east-1";
                    {{reassignment}}
                    return new AmazonS3Client(RegionEndpoint.GetBySystemName(region));
                }

                static void Replace(ref string value) => value = "cn-north-1";
            }
            """;
        await AnalyzerTest.Create(source, China).RunAsync();
    }

    [Fact]
    public async Task Reassigning_another_local_does_not_hide_the_region()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create()
                {
                    var region = {|#0:"us-east-1"|};
                    var other = "cn-north-1";
                    (other, _) = ("cn-northwest-1", 0);
                    return {|#1:new AmazonS3Client(RegionEndpoint.GetBySystemName(region))|};
                }
            }
            """;
        var test = AnalyzerTest.Create(source, China);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(0).WithLocation(1)
            .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", "CN"));
        await test.RunAsync();
    }
}
