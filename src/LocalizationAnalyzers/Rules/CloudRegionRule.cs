using System;
using System.Collections.Generic;
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
/// (RegionEndpoint.USEast1, AzureLocation.EastUS, Regions.WestUS, Huawei's SmnRegion.AP_SOUTHEAST_1) or a region
/// string handed to an SDK parameter or property (GetBySystemName("us-east-1"), ApplicationRegion = "West US",
/// Bucket.Location = "US", Tencent's new SmsClient(credential, "ap-hongkong"), Alibaba's Config.RegionId = "cn-hongkong").
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

        if (apis.HasStringSinks)
        {
            context.RegisterOperationAction(rule.AnalyzeStringSink, OperationKind.Argument, OperationKind.Conversion, OperationKind.SimpleAssignment);
        }
    }

    private void AnalyzeMemberReference(OperationAnalysisContext context)
    {
        var reference = (IMemberReferenceOperation)context.Operation;
        if (!_apis.IsRegionMember(reference.Member) ||
            !ConfiguringUse.IsConfiguring(reference, out var configured) ||
            _apis.RegionOfMember(reference.Member, _catalog) is not { } region)
        {
            return;
        }

        Judge(context, region, reference.Syntax.GetLocation(), configured, r => _apis.ReplacementMember(reference.Member, r));
    }

    private void AnalyzeStringSink(OperationAnalysisContext context)
    {
        var (sink, value, configured) = context.Operation switch
        {
            IArgumentOperation { Parameter: { } parameter } argument when _apis.SinkOf(parameter) is { } s => (s, argument.Value, Configured(argument.Parent!)),
            IConversionOperation { OperatorMethod: { Parameters.Length: 1 } op } conversion when _apis.SinkOf(op.Parameters[0]) is { } s => (s, conversion.Operand, Configured(conversion)),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when _apis.SinkOf(property) is { } s => (s, assignment.Value, (IOperation?)assignment),
            _ => default((RegionStringSink?, IOperation?, IOperation?)),
        };
        if (sink is null || value is null)
        {
            return;
        }

        foreach (var element in RegionStrings(value))
        {
            if (StringValue.Resolve(element) is { IsComplete: true } written &&
                FirstOutside(sink.Provider, written, context.Operation.Syntax.SyntaxTree) is (var text, var region))
            {
                // Written as the id ("westus") or as the display name Cosmos DB uses ("West US"): a fix keeps the style.
                // A value read from configuration has nothing in code to rewrite.
                var asId = string.Equals(text.Trim(), region.Id, StringComparison.OrdinalIgnoreCase);

                // One literal (here or in a constant's declaration) or a configuration lookup is where the region
                // is written; a region assembled from pieces is reported as the whole expression assembling it.
                var location = written.IsLiteral || written.ConfigurationKey is not null ? written.Location : element.Syntax.GetLocation();
                Judge(context, region, location, configured, r => written.ConfigurationKey is not null ? null : asId ? r.Id : r.Name);
            }
        }
    }

    /// <summary>The region a value names; of a configuration value's values (one per appsettings file), the first the policy does not allow.</summary>
    private (string Text, CloudRegion Region)? FirstOutside(string provider, StringValue written, SyntaxTree tree)
    {
        (string Text, CloudRegion Region)? first = null;
        foreach (var text in new[] { written.Text }.Concat(written.Alternatives))
        {
            if (_catalog.FindRegionByText(provider, text) is not { } region)
            {
                continue;
            }

            first ??= (text, region);
            if (written.Alternatives.IsEmpty || !_policies.For(tree).Allows(region))
            {
                return (text, region);
            }
        }

        return first;
    }

    /// <summary>What a region value produced by a call or conversion ends up configuring (the client), else the call itself.</summary>
    private static IOperation Configured(IOperation producer) =>
        ConfiguringUse.IsConfiguring(producer, out var configured) && configured is not null ? configured : producer;

    /// <summary>The string operands a sink receives: the value itself, or each element of a list of regions.</summary>
    private IEnumerable<IOperation> RegionStrings(IOperation value)
    {
        var candidates = value.Type?.SpecialType == SpecialType.System_String
            ? new[] { value }
            : value.Descendants().Where(o => o.Type?.SpecialType == SpecialType.System_String && o.Parent?.Type?.SpecialType != SpecialType.System_String);

        // A region member (Regions.WestUS) is judged as a member, not again as its string value.
        return candidates.Where(o => OperationFacts.Unwrap(o) is not IMemberReferenceOperation member || !_apis.IsRegionMember(member.Member));
    }

    /// <param name="replacementText">How a replacement region is written in the reported form (member name, id or display name); null when it cannot be.</param>
    private void Judge(OperationAnalysisContext context, CloudRegion region, Location location, IOperation? configured, Func<CloudRegion, string?> replacementText)
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
            ReplacementProperties(region, policy, replacementText),
            Providers.DisplayName(region.Provider),
            region.Id,
            region.Name,
            _catalog.Countries.Describe(region.Countries),
            jurisdiction.Display));
    }

    /// <summary>The approved regions a fix may put in place of this one, written in the same form.</summary>
    private ImmutableDictionary<string, string?> ReplacementProperties(CloudRegion region, DataLocalizationPolicy policy, Func<CloudRegion, string?> replacementText)
    {
        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Provider] = region.Provider;
        var index = 0;
        foreach (var candidate in policy.ReplacementsFor(region.Provider, _catalog))
        {
            if (replacementText(candidate) is not { } replacement)
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
