using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC006: an authority host or ARM environment selects a cloud wholly outside the jurisdiction
/// (AzureAuthorityHosts.AzurePublicCloud under CN). A cloud that is only partly outside (the public
/// cloud under EU: the resources' regions decide) is DLOC002's business, not this rule's.
/// </summary>
internal static class SovereignCloudRule
{
    public static void Register(CompilationStartAnalysisContext context, SovereignCloudSymbols symbols, PolicyProvider policies, LocationCatalog catalog) =>
        context.RegisterOperationAction(
            operationContext =>
            {
                var reference = (IMemberReferenceOperation)operationContext.Operation;
                if (symbols.Find(reference.Member) is not { } member ||
                    !ConfiguringUse.IsConfiguring(reference, out var configured) ||
                    policies.For(reference.Syntax.SyntaxTree) is not { Jurisdiction: { } jurisdiction })
                {
                    return;
                }

                var countries = CountriesOf(member, catalog);
                if (countries.IsEmpty || countries.Any(jurisdiction.Contains))
                {
                    return;
                }

                var properties = FixProperties.CreateBuilder();
                if (symbols.Siblings(member).FirstOrDefault(s => jurisdiction.ContainsAll(CountriesOf(s, catalog))) is { } inside)
                {
                    properties[FixProperties.ReplacementKey(0)] = inside.MemberName;
                    properties[FixProperties.RegionNameKey(0)] = Providers.CloudName(inside.Cloud);
                }

                var place = countries.Length <= 3 ? catalog.Countries.Describe(countries) : countries.Length + " countries";
                operationContext.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SovereignCloudOutsideJurisdiction,
                    reference.Syntax.GetLocation(),
                    configured is null ? null : new[] { configured.Syntax.GetLocation() },
                    properties.ToImmutable(),
                    member.TypeMetadataName.Split('.').Last() + "." + member.MemberName,
                    Providers.CloudName(member.Cloud),
                    place,
                    jurisdiction.Display));
            },
            OperationKind.FieldReference,
            OperationKind.PropertyReference);

    private static ImmutableArray<string> CountriesOf(SovereignCloudMember member, LocationCatalog catalog) =>
        member.Countries is { } fixedCountries
            ? catalog.Countries.Expand(fixedCountries)
            : catalog.CountriesOfCloud(member.Cloud);
}
