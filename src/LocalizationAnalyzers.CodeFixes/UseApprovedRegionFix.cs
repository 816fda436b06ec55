using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// DLOC002 "Use region X": puts an approved region of the same provider in place of the reported one,
/// in the same form (RegionEndpoint.USEast1 → RegionEndpoint.CNNorth1, "us-east-1" → "cn-north-1").
/// The analyzer computes the choices (preferred regions first, at most three) from the policy.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseApprovedRegionFix)), Shared]
public sealed class UseApprovedRegionFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.CloudRegionOutsideJurisdiction);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var properties = diagnostic.Properties;
            for (var i = 0; i < FixProperties.MaxReplacements; i++)
            {
                if (!properties.TryGetValue(FixProperties.ReplacementKey(i), out var replacement) || replacement is null ||
                    !properties.TryGetValue(FixProperties.RegionKey(i), out var regionId) ||
                    SyntaxRewrites.ReplaceValue(node, replacement) is not { } rewritten)
                {
                    continue;
                }

                properties.TryGetValue(FixProperties.RegionNameKey(i), out var regionName);
                var title = $"Use region {regionId} ({regionName})";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, rewritten))),
                        equivalenceKey: $"{RuleIdentifiers.CloudRegionOutsideJurisdiction}:{properties[FixProperties.Provider]}:{regionId}"),
                    diagnostic);
            }
        }
    }
}
