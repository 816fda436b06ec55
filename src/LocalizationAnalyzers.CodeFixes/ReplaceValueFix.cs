using System.Threading.Tasks;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// A fix that puts one of the replacements the analyzer computed (FixProperties.Replacement0..2) in place
/// of the reported value, in the same form: a string literal or a member name.
/// </summary>
public abstract class ReplaceValueFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <summary>The title of the i-th replacement's action.</summary>
    protected abstract string Title(Diagnostic diagnostic, int index);

    /// <summary>Actions with the same key are applied together by Fix All.</summary>
    protected abstract string EquivalenceKey(Diagnostic diagnostic, int index);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (var i = 0; i < FixProperties.MaxReplacements; i++)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.ReplacementKey(i), out var replacement) || replacement is null ||
                    SyntaxRewrites.ReplaceValue(node, replacement) is not { } rewritten)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(diagnostic, i),
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, rewritten))),
                        EquivalenceKey(diagnostic, i)),
                    diagnostic);
            }
        }
    }
}
