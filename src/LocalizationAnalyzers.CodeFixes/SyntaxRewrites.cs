using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>The few rewrites the fixes share, each keeping the rewritten node's trivia.</summary>
internal static class SyntaxRewrites
{
    /// <summary>
    /// The value replaced in the same form: a string literal gets the new text, a member access
    /// (RegionEndpoint.USEast1) or a bare member name the new member name. Null for anything else
    /// (a concatenation, an interpolation): there is no one place to rewrite.
    /// </summary>
    public static SyntaxNode? ReplaceValue(SyntaxNode node, string replacement) => node switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) =>
            literal.WithToken(SyntaxFactory.Literal(replacement).WithTriviaFrom(literal.Token)),
        MemberAccessExpressionSyntax access =>
            access.WithName(SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(access.Name)),
        IdentifierNameSyntax simple =>
            SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(simple),
        _ => null,
    };
}
