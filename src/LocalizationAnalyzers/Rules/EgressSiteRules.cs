using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// Runs the site rules on each egress site once: the endpoint rule (DLOC003), then the inventory row
/// (DLOC100) that records which of them fired. One finding, one diagnostic.
/// </summary>
internal static class EgressSiteRules
{
    public static void Register(CompilationStartAnalysisContext context, EgressSiteFinder finder, PolicyProvider policies, LocationCatalog catalog) =>
        context.RegisterOperationAction(
            operationContext =>
            {
                if (finder.Find(operationContext.Operation) is not { } site)
                {
                    return;
                }

                var policy = policies.For(operationContext.Operation.Syntax.SyntaxTree);
                var judgement = SiteJudgement.Of(site, policy, catalog);
                var fired = EndpointRule.Evaluate(operationContext, site, judgement, policy, catalog)
                    ? RuleIdentifiers.EndpointOutsideJurisdiction
                    : "";
                InventoryRule.Report(operationContext, site, judgement, policy, fired);
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
}
