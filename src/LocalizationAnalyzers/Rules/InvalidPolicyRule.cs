using System;
using System.Linq;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC900: a data_localization.* value the policy reader did not understand; and, as Info, a compilation
/// in which no file declares a jurisdiction, so the rules are idle (SPEC §2).
/// </summary>
internal static class InvalidPolicyRule
{
    /// <summary>Stands for "no jurisdiction anywhere" among the problems already reported, so the hint is said once.</summary>
    private static readonly PolicyProblem s_noJurisdiction = new(PolicyKeys.Jurisdiction, "", "no jurisdiction is declared");

    internal const string NoJurisdictionMessage =
        "no jurisdiction is declared, so the data localization rules are idle; declare where personal data must stay with " +
        PolicyKeys.Jurisdiction + " = CN (ISO 3166-1 alpha-2 codes or EU, EEA, comma-separated) in a .globalconfig at the root of the repository, " +
        "or with the MSBuild property DataLocalizationJurisdiction";

    /// <summary>The DLOC900 of one problem: key, value, why, and what is accepted. Also said for appsettings files.</summary>
    public static Diagnostic Create(PolicyProblem problem) =>
        Diagnostic.Create(Descriptors.InvalidPolicy, Location.None, problem.Key + " = '" + problem.Value + "' is not understood: " + problem.Reason);

    public static void Register(CompilationStartAnalysisContext context, PolicyProvider policies)
    {
        // One look over the compilation's files, the first time a file asks: the hint is about the project, not a file.
        var compilation = context.Compilation;
        var declared = new Lazy<bool>(() => compilation.SyntaxTrees.Any(t => policies.For(t).DeclaresJurisdiction));

        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (var problem in policies.For(tree.Tree).Problems)
            {
                // The same global value reaches every file; say it once.
                if (policies.FirstSighting(problem))
                {
                    tree.ReportDiagnostic(Create(problem));
                }
            }

            if (!declared.Value && policies.FirstSighting(s_noJurisdiction))
            {
                tree.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidPolicy, Location.None, DiagnosticSeverity.Info, additionalLocations: null, properties: null, NoJurisdictionMessage));
            }
        });
    }
}
