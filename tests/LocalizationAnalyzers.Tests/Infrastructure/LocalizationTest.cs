using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// A Roslyn analyzer/code-fix test of <see cref="DataLocalizationAnalyzer"/> against the SDK's .NET and the real
/// SDK assemblies, with the policy given as .globalconfig lines.
/// </summary>
public sealed class LocalizationTest<TFix> : CSharpCodeFixTest<DataLocalizationAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public const string ChinaPolicy = "data_localization.jurisdiction = CN";

    public LocalizationTest(string source, params string[] policyLines)
    {
        ReferenceAssemblies = new ReferenceAssemblies($"net{Environment.Version.Major}.0");
        TestState.AdditionalReferences.AddRange(TargetFramework.References);
        TestState.AdditionalReferences.AddRange(SdkAssemblies.All);
        TestCode = source;

        // The inventory row accompanies every egress site; its own tests turn it on.
        DisabledDiagnostics.Add("DLOC100");
        if (policyLines.Length > 0)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", policyLines) + "\n"));
        }
    }
}

/// <summary>Analyzer-only tests.</summary>
public static class AnalyzerTest
{
    public static LocalizationTest<EmptyCodeFixProvider> Create(string source, params string[] policyLines) => new(source, policyLines);

    /// <summary>
    /// The one Info DLOC900 of a compilation in which no file declares a jurisdiction: the rules are idle, and
    /// the message says how to declare one (SPEC §2). Every test without a jurisdiction expects it.
    /// </summary>
    public static DiagnosticResult NoJurisdictionHint { get; } =
        new DiagnosticResult(Diagnostics.Descriptors.InvalidPolicy).WithNoLocation().WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments(
            "no jurisdiction is declared, so the data localization rules are idle; declare where personal data must stay with data_localization.jurisdiction = CN " +
            "(ISO 3166-1 alpha-2 codes or EU, EEA, comma-separated) in a .globalconfig at the root of the repository, or with the MSBuild property DataLocalizationJurisdiction");
}
