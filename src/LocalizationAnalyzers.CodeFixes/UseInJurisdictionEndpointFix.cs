using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// "Use the in-jurisdiction endpoint": swaps the host inside the endpoint literal for its counterpart the
/// catalog knows inside the jurisdiction (Azure global → Azure China, Sentry US → EU ingest), keeping the
/// scheme, account, path and key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInJurisdictionEndpointFix)), Shared]
public sealed class UseInJurisdictionEndpointFix : RewriteFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.EndpointOutsideJurisdiction, RuleIdentifiers.PersonalDataOutsideJurisdiction);

    internal override string FixAllTitle => "Use the in-jurisdiction endpoints";

    /// <summary>DLOC003 sits on the literal; DLOC001 sits on the call and points at the literal.</summary>
    internal override Location RewriteLocation(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.EndpointLiteralIndex, out var index) && int.TryParse(index, out var i) && i < diagnostic.AdditionalLocations.Count
            ? diagnostic.AdditionalLocations[i]
            : diagnostic.Location;

    internal override IEnumerable<RewriteChoice> Choices(SyntaxNode node, Diagnostic diagnostic)
    {
        if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
            !diagnostic.Properties.TryGetValue(FixProperties.Host, out var host) || host is null ||
            !diagnostic.Properties.TryGetValue(FixProperties.CounterpartHost, out var counterpart) || counterpart is null)
        {
            yield break;
        }

        yield return new RewriteChoice(
            $"Use the in-jurisdiction endpoint {counterpart}",
            "DLOC:UseInJurisdictionEndpoint",
            current => current is LiteralExpressionSyntax text && Replace(text.Token.ValueText, host, counterpart) is { } replaced
                ? text.WithToken(SyntaxFactory.Literal(replaced).WithTriviaFrom(text.Token))
                : null);
    }

    /// <summary>
    /// The literal with the host swapped. A connection string may not spell the host out
    /// (AccountName=shop;EndpointSuffix=core.windows.net): then the part of the host that differs is
    /// swapped, anchored on the label before it ("core.windows.net" → "core.chinacloudapi.cn").
    /// </summary>
    private static string? Replace(string text, string host, string counterpart)
    {
        var at = text.IndexOf(host, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            return text.Substring(0, at) + counterpart + text.Substring(at + host.Length);
        }

        var from = host.Split('.');
        var to = counterpart.Split('.');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            return null;
        }

        var oldTail = string.Join(".", from, common - 1, from.Length - common + 1);
        var newTail = string.Join(".", to, common - 1, to.Length - common + 1);
        at = text.IndexOf(oldTail, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : text.Substring(0, at) + newTail + text.Substring(at + oldTail.Length);
    }
}
