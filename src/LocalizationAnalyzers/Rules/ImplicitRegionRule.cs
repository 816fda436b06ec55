using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC005: an AWS service client created with neither a region nor an endpoint, so the environment
/// (AWS_REGION, the profile, instance metadata) decides at run time where its data goes. A config object
/// built elsewhere may well carry a region, so only configs created in place are looked into.
/// </summary>
internal sealed class ImplicitRegionRule
{
    // Matched by name when met (types of these names in source stand for the SDK's, as elsewhere).
    private const string ServiceClient = "Amazon.Runtime.AmazonServiceClient";
    private const string RegionEndpoint = "Amazon.RegionEndpoint";
    private const string ClientConfig = "Amazon.Runtime.ClientConfig";

    private readonly Egress.ClientBaseTypeSymbols _clientBases;
    private readonly PolicyProvider _policies;
    private readonly LocationCatalog _catalog;

    private ImplicitRegionRule(Egress.ClientBaseTypeSymbols clientBases, PolicyProvider policies, LocationCatalog catalog)
    {
        _clientBases = clientBases;
        _policies = policies;
        _catalog = catalog;
    }

    /// <param name="clientBases">Which client base each created type derives from (AmazonServiceClient is one), kept per type.</param>
    public static void Register(CompilationStartAnalysisContext context, Egress.ClientBaseTypeSymbols? clientBases, PolicyProvider policies, LocationCatalog catalog)
    {
        if (clientBases is not null && Symbols.ReferencedNamespaces.Of(context.Compilation).Contains("Amazon.Runtime"))
        {
            context.RegisterOperationAction(new ImplicitRegionRule(clientBases, policies, catalog).Analyze, OperationKind.ObjectCreation);
        }
    }

    private void Analyze(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || _clientBases.BaseOf(type)?.TypeMetadataName != ServiceClient ||
            creation.Arguments.Any(ChoosesWhere) ||
            _policies.For(creation.Syntax.SyntaxTree) is not { Jurisdiction: { } jurisdiction } policy)
        {
            return;
        }

        var properties = FixProperties.CreateBuilder();
        if (policy.ReplacementsFor("aws", _catalog).FirstOrDefault(r => r.SdkMembers.Any(m => m.StartsWith("RegionEndpoint.", System.StringComparison.Ordinal))) is { } region)
        {
            properties[FixProperties.RegionKey(0)] = region.Id;
            properties[FixProperties.RegionNameKey(0)] = region.Name;
            properties[FixProperties.ReplacementKey(0)] = region.SdkMembers.First(m => m.StartsWith("RegionEndpoint.", System.StringComparison.Ordinal)).Substring("RegionEndpoint.".Length);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ImplicitCloudRegion,
            creation.Syntax.GetLocation(),
            properties.ToImmutable(),
            type.Name,
            jurisdiction.Display));
    }

    /// <summary>A region, or a config that sets a region or service URL, or one built elsewhere (benefit of the doubt).</summary>
    private bool ChoosesWhere(IArgumentOperation argument)
    {
        var value = argument.Value;
        if (value.Type is not INamedTypeSymbol valueType)
        {
            return false;
        }

        if (Symbols.TypeNames.Is(valueType, RegionEndpoint))
        {
            return value.ConstantValue is not { HasValue: true, Value: null };
        }

        if (!Symbols.TypeNames.DerivesFromOrIs(valueType.BaseType, ClientConfig))
        {
            return false;
        }

        return value is not IObjectCreationOperation config ||
               config.Initializer?.Initializers.Any(i => i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RegionEndpoint" or "ServiceURL" } }) == true;
    }
}
