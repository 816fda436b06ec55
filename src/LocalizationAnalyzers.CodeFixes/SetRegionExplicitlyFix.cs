using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// DLOC005 "Set region explicitly": gives the client the preferred approved region, as a
/// <c>RegionEndpoint</c> argument (every AWS client has that overload after its other arguments) or, when
/// the client takes a config created in place, as its <c>RegionEndpoint</c> initialiser.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetRegionExplicitlyFix)), Shared]
public sealed class SetRegionExplicitlyFix : RewriteFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.ImplicitCloudRegion);

    internal override string FixAllTitle => "Set the preferred region explicitly";

    internal override IEnumerable<RewriteChoice> Choices(SyntaxNode node, Diagnostic diagnostic)
    {
        if (node is not ObjectCreationExpressionSyntax ||
            !diagnostic.Properties.TryGetValue(FixProperties.ReplacementKey(0), out var member) || member is null)
        {
            yield break;
        }

        var region = diagnostic.Properties[FixProperties.RegionKey(0)];
        yield return new RewriteChoice(
            $"Set region {region} ({diagnostic.Properties[FixProperties.RegionNameKey(0)]}) explicitly",
            $"{RuleIdentifiers.ImplicitCloudRegion}:PreferredRegion",
            current => current is ObjectCreationExpressionSyntax creation ? WithRegion(creation, member) : null);
    }

    private static ObjectCreationExpressionSyntax WithRegion(ObjectCreationExpressionSyntax creation, string member)
    {
        var region = SyntaxFactory.ParseExpression("Amazon.RegionEndpoint." + member).WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = creation.ArgumentList ?? SyntaxFactory.ArgumentList();

        // new AmazonS3Client(new AmazonS3Config { ... }) → the region goes into the config it was built with.
        if (arguments.Arguments.Select(a => a.Expression).OfType<ObjectCreationExpressionSyntax>().LastOrDefault() is { } config &&
            config.Type.ToString().EndsWith("Config", System.StringComparison.Ordinal))
        {
            var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("RegionEndpoint"), region);
            var initializer = config.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
            var updated = config.WithInitializer(initializer.AddExpressions(assignment))
                .WithArgumentList(config.ArgumentList is { Arguments.Count: 0 } ? null : config.ArgumentList)
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
            return creation.ReplaceNode(config, updated);
        }

        return creation.WithArgumentList(arguments.AddArguments(SyntaxFactory.Argument(region)));
    }
}
