using System.Collections.Immutable;
using System.Composition;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// DLOC002 "Use region X": puts an approved region of the same provider in place of the reported one,
/// in the same form (RegionEndpoint.USEast1 → RegionEndpoint.CNNorth1, "us-east-1" → "cn-north-1",
/// "West US" → "China North 3"). The analyzer computes the choices (preferred regions first, at most three).
/// DLOC007 on a region offers the same, restricted to regions whose operator answers only to the jurisdiction
/// (a partner sovereign cloud the SDK exposes); where there is none the diagnostic carries no choice and no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseApprovedRegionFix)), Shared]
public sealed class UseApprovedRegionFix : ReplaceValueFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.CloudRegionOutsideJurisdiction, RuleIdentifiers.ForeignOperator);

    protected override string Title(Diagnostic diagnostic, int index) =>
        $"Use region {diagnostic.Properties[FixProperties.RegionKey(index)]} ({diagnostic.Properties[FixProperties.RegionNameKey(index)]})";

    protected override string EquivalenceKey(Diagnostic diagnostic, int index) =>
        $"{diagnostic.Id}:{diagnostic.Properties[FixProperties.Provider]}:{diagnostic.Properties[FixProperties.RegionKey(index)]}";
}
