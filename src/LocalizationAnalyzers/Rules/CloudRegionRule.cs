using System;
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
/// DLOC002: a region that configures a cloud client or resource lies outside the jurisdiction and is
/// not approved. Regions are recognised in the forms of <see cref="RegionApis"/>: an SDK member
/// (RegionEndpoint.USEast1) or a region id string handed to an SDK method (GetBySystemName("us-east-1")).
/// </summary>
internal sealed class CloudRegionRule
{
    private readonly RegionApiSymbols _apis;
    private readonly PolicyProvider _policies;
    private readonly LocationCatalog _catalog;

    private CloudRegionRule(RegionApiSymbols apis, PolicyProvider policies, LocationCatalog catalog)
    {
        _apis = apis;
        _policies = policies;
        _catalog = catalog;
    }

    public static void Register(CompilationStartAnalysisContext context, RegionApiSymbols apis, PolicyProvider policies, LocationCatalog catalog)
    {
        var rule = new CloudRegionRule(apis, policies, catalog);
        if (apis.HasMemberTypes)
        {
            context.RegisterOperationAction(rule.AnalyzeMemberReference, OperationKind.FieldReference, OperationKind.PropertyReference);
        }

        if (apis.HasStringParameters)
        {
            context.RegisterOperationAction(rule.AnalyzeArgument, OperationKind.Argument);
        }
    }

    private void AnalyzeMemberReference(OperationAnalysisContext context)
    {
        var reference = (IMemberReferenceOperation)context.Operation;
        if (_apis.MemberTypeOf(reference.Member) is not { } memberType ||
            !ConfiguringUse.IsConfiguring(reference, out var configured) ||
            _catalog.FindRegionBySdkMember(memberType.CatalogName, reference.Member.Name) is not { } region)
        {
            return;
        }

        Judge(context, region, reference.Syntax.GetLocation(), configured, memberType.CatalogName);
    }

    private void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter ||
            _apis.StringParameterOf(parameter) is not { } row ||
            StringValue.Resolve(argument.Value) is not { IsComplete: true } written ||
            _catalog.FindRegion(row.Provider, written.Text.Trim().ToLowerInvariant()) is not { } region)
        {
            return;
        }

        ConfiguringUse.IsConfiguring(argument.Parent!, out var configured);
        Judge(context, region, written.Location, configured ?? argument.Parent, memberTypeName: null);
    }

    /// <param name="memberTypeName">The SDK type whose member names the region (member form), or null for a region id string.</param>
    private void Judge(OperationAnalysisContext context, CloudRegion region, Location location, IOperation? configured, string? memberTypeName)
    {
        var policy = _policies.For(context.Operation.Syntax.SyntaxTree);
        if (policy.Jurisdiction is not { } jurisdiction || policy.Allows(region))
        {
            return;
        }

        var additional = configured is null ? Enumerable.Empty<Location>() : new[] { configured.Syntax.GetLocation() };
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CloudRegionOutsideJurisdiction,
            location,
            additional,
            ReplacementProperties(region, policy, memberTypeName),
            Providers.DisplayName(region.Provider),
            region.Id,
            region.Name,
            _catalog.Countries.Describe(region.Countries),
            jurisdiction.Display));
    }

    /// <summary>The approved regions a fix may put in place of this one, written in the same form.</summary>
    private ImmutableDictionary<string, string?> ReplacementProperties(CloudRegion region, DataLocalizationPolicy policy, string? memberTypeName)
    {
        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Form] = memberTypeName is null ? FixProperties.StringForm : FixProperties.MemberForm;
        properties[FixProperties.Provider] = region.Provider;
        var memberPrefix = memberTypeName + ".";

        var index = 0;
        foreach (var candidate in policy.ReplacementsFor(region.Provider, _catalog))
        {
            var replacement = memberTypeName is null
                ? candidate.Id
                : candidate.SdkMembers.FirstOrDefault(m => m.StartsWith(memberPrefix, StringComparison.Ordinal))?.Substring(memberPrefix.Length);
            if (replacement is null)
            {
                continue;
            }

            properties[FixProperties.RegionKey(index)] = candidate.Id;
            properties[FixProperties.RegionNameKey(index)] = candidate.Name;
            properties[FixProperties.ReplacementKey(index)] = replacement;
            if (++index == FixProperties.MaxReplacements)
            {
                break;
            }
        }

        return properties.ToImmutable();
    }
}
