using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// A fix whose every action rewrites one syntax node the diagnostic points at, from what the diagnostic
/// carries alone. Its Fix All (<see cref="RewriteEachDiagnostic"/>) rewrites every diagnostic in scope that
/// it can and skips the others (a region read from appsettings.json, a host without a counterpart), so one
/// unfixable finding never blocks the rest, whichever diagnostic a host such as <c>dotnet format</c> picks first.
/// </summary>
public abstract class RewriteFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => new RewriteEachDiagnostic(this);

    /// <summary>The title of Fix All, the same whichever choice each diagnostic gets.</summary>
    internal abstract string FixAllTitle { get; }

    /// <summary>Where the rewrite happens: the diagnostic's location unless the fix says otherwise.</summary>
    internal virtual Location RewriteLocation(Diagnostic diagnostic) => diagnostic.Location;

    /// <summary>
    /// The actions offered for the diagnostic at <paramref name="node"/>, best first. The first one's
    /// equivalence key must not depend on the diagnostic (Fix All applies each diagnostic's own first choice
    /// under it); later ones may be specific (Fix All then applies exactly that choice where it is offered).
    /// </summary>
    internal abstract IEnumerable<RewriteChoice> Choices(SyntaxNode node, Diagnostic diagnostic);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Find(root, diagnostic) is not { } node)
            {
                continue;
            }

            foreach (var choice in Choices(node, diagnostic))
            {
                if (choice.Rewrite(node) is not { } rewritten)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(choice.Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, rewritten))), choice.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The node to rewrite in <paramref name="root"/>, or null when the diagnostic is not one of this fix's IDs
    /// (a host may hand any diagnostic of the run) or its rewrite location lies in another file or outside C#.
    /// </summary>
    internal SyntaxNode? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        var at = RewriteLocation(diagnostic);
        if (!FixableDiagnosticIds.Contains(diagnostic.Id) || at.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(at.SourceSpan))
        {
            return null;
        }

        return root.FindNode(at.SourceSpan, getInnermostNodeForTie: true);
    }

    /// <summary>
    /// The choice Fix All applies to a diagnostic: the one with the requested key, or the first when no key is
    /// requested or the key is the diagnostic-independent key of a first choice.
    /// </summary>
    internal RewriteChoice? ChoiceFor(SyntaxNode node, Diagnostic diagnostic, string? equivalenceKey)
    {
        var choices = Choices(node, diagnostic).Where(c => c.Rewrite(node) is not null).ToImmutableArray();
        if (choices.IsEmpty)
        {
            return null;
        }

        if (equivalenceKey is null || choices[0].EquivalenceKey == equivalenceKey)
        {
            return choices[0];
        }

        return choices.FirstOrDefault(c => c.EquivalenceKey == equivalenceKey);
    }
}

/// <summary>One action of a <see cref="RewriteFix"/>: its title, its Fix All key, and the rewrite of the node.</summary>
internal sealed record RewriteChoice(string Title, string EquivalenceKey, System.Func<SyntaxNode, SyntaxNode?> Rewrite);
