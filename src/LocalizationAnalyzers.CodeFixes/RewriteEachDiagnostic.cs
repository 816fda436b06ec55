using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// Fix All for a <see cref="RewriteFix"/> in a document, project or solution: every diagnostic of the requested
/// IDs that the fix can rewrite is rewritten in one pass per document; the others are skipped. The result does
/// not depend on the order diagnostics arrive in nor on which one the host asked the key for: the batch fixer
/// of Roslyn returns nothing when the key it was handed comes from a diagnostic without a fix, which made
/// <c>dotnet format analyzers</c> change nothing, or only some runs.
/// </summary>
internal sealed class RewriteEachDiagnostic : FixAllProvider
{
    private readonly RewriteFix _fix;

    public RewriteEachDiagnostic(RewriteFix fix) => _fix = fix;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false);
        var edits = new Dictionary<DocumentId, Dictionary<SyntaxNode, RewriteChoice>>();
        foreach (var diagnostic in diagnostics)
        {
            var tree = _fix.RewriteLocation(diagnostic).SourceTree;
            if (tree is null || fixAllContext.Solution.GetDocument(tree) is not { } document)
            {
                continue;
            }

            var root = await tree.GetRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (_fix.Find(root, diagnostic) is not { } node || _fix.ChoiceFor(node, diagnostic, fixAllContext.CodeActionEquivalenceKey) is not { } choice)
            {
                continue;
            }

            if (!edits.TryGetValue(document.Id, out var nodes))
            {
                edits[document.Id] = nodes = new Dictionary<SyntaxNode, RewriteChoice>();
            }

            // Two diagnostics on one node (DLOC001 and DLOC003 on a literal): the first in source order wins.
            if (!nodes.ContainsKey(node))
            {
                nodes[node] = choice;
            }
        }

        if (edits.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            _fix.FixAllTitle,
            cancellationToken => ApplyAsync(fixAllContext.Solution, edits, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey ?? _fix.FixAllTitle);
    }

    private static async Task<Solution> ApplyAsync(Solution solution, Dictionary<DocumentId, Dictionary<SyntaxNode, RewriteChoice>> edits, CancellationToken cancellationToken)
    {
        foreach (var pair in edits)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            // The rewrite runs on the node as already rewritten inside (a literal within a rewritten creation).
            var rewritten = root.ReplaceNodes(pair.Value.Keys, (original, current) => pair.Value[original].Rewrite(current) ?? current);
            solution = solution.WithDocumentSyntaxRoot(pair.Key, rewritten);
        }

        return solution;
    }

    /// <summary>The diagnostics of the requested IDs in the scope, in a stable order (file, then position).</summary>
    private static async Task<IReadOnlyList<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var found = new List<Diagnostic>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is { } document:
                found.AddRange(await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                found.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    found.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        return found
            .Where(d => context.DiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }
}
