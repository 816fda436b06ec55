using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>DLOC006 "Use Azure China (operated by 21Vianet)": selects the cloud that operates inside the jurisdiction.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSovereignCloudFix)), Shared]
public sealed class UseSovereignCloudFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.SovereignCloudOutsideJurisdiction);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null ||
                !diagnostic.Properties.TryGetValue(FixProperties.ReplacementKey(0), out var member) || member is null ||
                SyntaxRewrites.ReplaceValue(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), member) is not { } rewritten)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {diagnostic.Properties[FixProperties.RegionNameKey(0)]}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, rewritten))),
                    equivalenceKey: $"{RuleIdentifiers.SovereignCloudOutsideJurisdiction}:{member}"),
                diagnostic);
        }
    }
}
