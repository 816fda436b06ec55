using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>DLOC002's "Use region X" fix: same form, preferred regions first, Fix All.</summary>
public class UseApprovedRegionFixTests
{
    private const string China = LocalizationTest<UseApprovedRegionFix>.ChinaPolicy;

    // By ID: the message is the analyzer tests' concern, here only the fix is.
    private static DiagnosticResult Dloc002 => new(RuleIdentifiers.CloudRegionOutsideJurisdiction, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    /// <summary>Expects DLOC002 at markup locations #0..#count-1; messages and client locations are the analyzer tests' concern.</summary>
    private static void ExpectDloc002(LocalizationTest<UseApprovedRegionFix> test, int count)
    {
        for (var i = 0; i < count; i++)
        {
            test.ExpectedDiagnostics.Add(Dloc002.WithLocation(i).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }
    }

    private static LocalizationTest<UseApprovedRegionFix> Create(string source, string fixedSource, params string[] policy) =>
        new(source, policy) { FixedCode = fixedSource };

    [Fact]
    public async Task Member_is_replaced_by_the_first_region_inside_the_jurisdiction()
    {
        var test = Create(
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(/* home */ {|#0:RegionEndpoint.USEast1|} /* trailing */);
            }
            """,
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(/* home */ RegionEndpoint.CNNorth1 /* trailing */);
            }
            """,
            China);
        test.CodeActionEquivalenceKey = "DLOC002:PreferredRegion";
        ExpectDloc002(test, 1);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fully_qualified_member_keeps_its_qualification()
    {
        var test = Create(
            """
            class Storage
            {
                Amazon.S3.AmazonS3Client Create() => new Amazon.S3.AmazonS3Client({|#0:Amazon.RegionEndpoint.APEast1|});
            }
            """,
            """
            class Storage
            {
                Amazon.S3.AmazonS3Client Create() => new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.CNNorth1);
            }
            """,
            China);
        ExpectDloc002(test, 1);
        await test.RunAsync();
    }

    [Fact]
    public async Task String_is_replaced_by_a_string()
    {
        var test = Create(
            """
            using Amazon;

            static class Settings
            {
                public const string Region = {|#0:"us-west-2"|};
                public static RegionEndpoint Endpoint => RegionEndpoint.GetBySystemName(Region);
            }
            """,
            """
            using Amazon;

            static class Settings
            {
                public const string Region = "cn-north-1";
                public static RegionEndpoint Endpoint => RegionEndpoint.GetBySystemName(Region);
            }
            """,
            China);
        // The constant's literal lies outside the member whose call reads it: Roslyn calls such a
        // diagnostic non-local (shown by builds and full-solution analysis), and the fix still applies.
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        ExpectDloc002(test, 1);
        await test.RunAsync();
    }

    [Fact]
    public async Task Preferred_region_is_offered_first()
    {
        var test = Create(
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
            }
            """,
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.CNNorthWest1);
            }
            """,
            China, "data_localization.preferred_regions = aws:cn-northwest-1");
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = "DLOC002:PreferredRegion";
        ExpectDloc002(test, 1);
        await test.RunAsync();
    }

    [Fact]
    public async Task Second_action_offers_the_next_approved_region()
    {
        var test = Create(
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
            }
            """,
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.EUWest1);
            }
            """,
            China, "data_localization.approved_regions = aws:eu-west-1");
        test.CodeActionIndex = 2;
        test.CodeActionEquivalenceKey = "DLOC002:aws:eu-west-1";
        ExpectDloc002(test, 1);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_rewrites_members_and_strings_alike()
    {
        var test = Create(
            """
            using Amazon;
            using Amazon.S3;
            using Amazon.SQS;

            class Clients
            {
                AmazonS3Client Storage() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
                AmazonSQSClient Queue() => new AmazonSQSClient({|#1:RegionEndpoint.EUWest1|});
                AmazonS3Client Backup() => new AmazonS3Client(RegionEndpoint.GetBySystemName({|#2:"ap-east-1"|}));
            }
            """,
            """
            using Amazon;
            using Amazon.S3;
            using Amazon.SQS;

            class Clients
            {
                AmazonS3Client Storage() => new AmazonS3Client(RegionEndpoint.CNNorth1);
                AmazonSQSClient Queue() => new AmazonSQSClient(RegionEndpoint.CNNorth1);
                AmazonS3Client Backup() => new AmazonS3Client(RegionEndpoint.GetBySystemName("cn-north-1"));
            }
            """,
            China);
        test.CodeActionEquivalenceKey = "DLOC002:PreferredRegion";
        test.BatchFixedCode = test.FixedState.Sources[0].content.ToString();
        test.NumberOfFixAllIterations = 1;
        ExpectDloc002(test, 3);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_gives_each_provider_its_preferred_region_and_skips_what_it_cannot_rewrite()
    {
        // The concatenation comes first and has no fix: Fix All still rewrites the others, AWS and Cosmos alike.
        const string source = """
            using Amazon;
            using Amazon.S3;
            using Microsoft.Azure.Cosmos;

            class Clients
            {
                AmazonS3Client Archive() => new AmazonS3Client(RegionEndpoint.GetBySystemName({|#0:"us-" + "west-2"|}));
                AmazonS3Client Storage() => new AmazonS3Client({|#1:RegionEndpoint.USEast1|});
                CosmosClientOptions Orders() => new CosmosClientOptions { ApplicationRegion = {|#2:Regions.WestUS|} };
            }
            """;
        var test = Create(source, """
            using Amazon;
            using Amazon.S3;
            using Microsoft.Azure.Cosmos;

            class Clients
            {
                AmazonS3Client Archive() => new AmazonS3Client(RegionEndpoint.GetBySystemName({|#0:"us-" + "west-2"|}));
                AmazonS3Client Storage() => new AmazonS3Client(RegionEndpoint.CNNorth1);
                CosmosClientOptions Orders() => new CosmosClientOptions { ApplicationRegion = Regions.ChinaNorth3 };
            }
            """, China);
        test.BatchFixedCode = test.FixedState.Sources[0].content.ToString();
        test.CodeActionEquivalenceKey = "DLOC002:PreferredRegion";
        test.NumberOfFixAllIterations = 1;
        test.NumberOfIncrementalIterations = 2;
        ExpectDloc002(test, 3);
        test.FixedState.ExpectedDiagnostics.Add(Dloc002.WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.BatchFixedState.ExpectedDiagnostics.Add(Dloc002.WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_when_the_provider_has_no_approved_region()
    {
        var test = Create(
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
            }
            """,
            """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
            }
            """,
            "data_localization.jurisdiction = VN");
        test.ExpectedDiagnostics.Add(Dloc002.WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", "VN"));
        test.FixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        await test.RunAsync();
    }
}
