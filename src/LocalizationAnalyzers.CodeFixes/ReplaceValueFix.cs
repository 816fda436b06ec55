using System.Collections.Generic;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// A fix that puts one of the replacements the analyzer computed (FixProperties.Replacement0..2) in place
/// of the reported value, in the same form: a string literal or a member name.
/// </summary>
public abstract class ReplaceValueFix : RewriteFix
{
    /// <summary>The title of the i-th replacement's action.</summary>
    protected abstract string Title(Diagnostic diagnostic, int index);

    /// <summary>
    /// The Fix All key of the i-th replacement. The first (the preferred replacement) has one key for every
    /// diagnostic, so Fix All gives each diagnostic its own preferred replacement; the others name the choice.
    /// </summary>
    protected abstract string EquivalenceKey(Diagnostic diagnostic, int index);

    internal sealed override IEnumerable<RewriteChoice> Choices(SyntaxNode node, Diagnostic diagnostic)
    {
        for (var i = 0; i < FixProperties.MaxReplacements; i++)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.ReplacementKey(i), out var replacement) && replacement is not null)
            {
                yield return new RewriteChoice(Title(diagnostic, i), EquivalenceKey(diagnostic, i), current => SyntaxRewrites.ReplaceValue(current, replacement));
            }
        }
    }
}
