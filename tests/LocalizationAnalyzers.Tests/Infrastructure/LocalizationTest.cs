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
}
