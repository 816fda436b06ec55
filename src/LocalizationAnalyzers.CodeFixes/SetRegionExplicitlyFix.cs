using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class SetRegionExplicitlyFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.ImplicitCloudRegion);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ObjectCreationExpressionSyntax creation ||
                !diagnostic.Properties.TryGetValue(FixProperties.ReplacementKey(0), out var member) || member is null)
            {
                continue;
            }

            var region = diagnostic.Properties[FixProperties.RegionKey(0)];
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set region {region} ({diagnostic.Properties[FixProperties.RegionNameKey(0)]}) explicitly",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(creation, WithRegion(creation, member)))),
                    equivalenceKey: $"{RuleIdentifiers.ImplicitCloudRegion}:{region}"),
                diagnostic);
        }
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
