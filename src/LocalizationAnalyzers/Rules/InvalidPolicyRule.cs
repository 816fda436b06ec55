using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>DLOC900: a data_localization.* value the policy reader did not understand.</summary>
internal static class InvalidPolicyRule
{
    public static void Register(CompilationStartAnalysisContext context, PolicyProvider policies) =>
        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (var problem in policies.For(tree.Tree).Problems)
            {
                // The same global value reaches every file; say it once.
                if (policies.FirstSighting(problem))
                {
                    tree.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidPolicy, Location.None, problem.Key, problem.Value, problem.Reason));
                }
            }
        });
}
