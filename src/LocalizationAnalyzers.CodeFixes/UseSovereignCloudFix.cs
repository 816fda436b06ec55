using System.Collections.Immutable;
using System.Composition;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>DLOC006 "Use Azure China (operated by 21Vianet)": selects the cloud that operates inside the jurisdiction.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSovereignCloudFix)), Shared]
public sealed class UseSovereignCloudFix : ReplaceValueFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.SovereignCloudOutsideJurisdiction);

    protected override string Title(Diagnostic diagnostic, int index) =>
        $"Use {diagnostic.Properties[FixProperties.RegionNameKey(index)]}";

    internal override string FixAllTitle => "Use the cloud inside the jurisdiction";

    protected override string EquivalenceKey(Diagnostic diagnostic, int index) => index == 0
        ? $"{RuleIdentifiers.SovereignCloudOutsideJurisdiction}:InJurisdictionCloud"
        : $"{RuleIdentifiers.SovereignCloudOutsideJurisdiction}:{diagnostic.Properties[FixProperties.ReplacementKey(index)]}";
}
