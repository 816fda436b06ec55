using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizationAnalyzers.Tests.ChineseClouds;

/// <summary>What the Chinese-cloud tests share: the CN policy, a customer type, expected diagnostics by rule.</summary>
internal static class ChineseCloudTest
{
    public const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    public const string Customer = """

        public class Customer
        {
            public string Phone { get; set; } = "";
            public string Email { get; set; } = "";
            public string FullName { get; set; } = "";
        }
        """;

    /// <summary>DLOC002 with its message: provider, region id, region name, country, jurisdiction.</summary>
    public static DiagnosticResult Dloc002(string provider, string region, string name, string country) =>
        new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithArguments(provider, region, name, country, "CN");

    public static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static DiagnosticResult Dloc004(int at) =>
        new DiagnosticResult(RuleIdentifiers.UnverifiableDestination, DiagnosticSeverity.Info).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static async Task Verify(string source, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, China);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>DLOC002's fix: the exact fixed source, one action by its key, and Fix All over every marked region.</summary>
    public static async Task VerifyRegionFix(string source, string fixedSource, string equivalenceKey, int count)
    {
        var test = new LocalizationTest<LocalizationAnalyzers.CodeFixes.UseApprovedRegionFix>(source + Customer, China)
        {
            FixedCode = fixedSource + Customer,
            BatchFixedCode = fixedSource + Customer,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        for (var i = 0; i < count; i++)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.CloudRegionOutsideJurisdiction, DiagnosticSeverity.Warning)
                .WithLocation(i).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        await test.RunAsync();
    }
}
