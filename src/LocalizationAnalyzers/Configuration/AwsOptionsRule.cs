using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// DLOC002 at <c>configuration.GetAWSOptions()</c> (AWSSDK.Extensions.NETCore.Setup): the AWSOptions it
/// returns take their region from the section's Region key ("AWS:Region" by default, or
/// "{configSection}:Region"), so the call places every client built from them in that region. Of the values
/// the appsettings files give, the first one the policy does not allow is reported, at the call.
/// </summary>
internal sealed class AwsOptionsRule
{
    private const string DefaultSection = "AWS";

    private const string AwsOptionsNamespace = "Amazon.Extensions.NETCore.Setup";

    private const string AwsOptions = AwsOptionsNamespace + ".AWSOptions";

    private readonly ConfigurationIndex _index;
    private readonly PolicyProvider _policies;
    private readonly LocationCatalog _catalog;

    private AwsOptionsRule(ConfigurationIndex index, PolicyProvider policies, LocationCatalog catalog)
    {
        _index = index;
        _policies = policies;
        _catalog = catalog;
    }

    public static void Register(CompilationStartAnalysisContext context, ConfigurationIndex index, PolicyProvider policies, LocationCatalog catalog)
    {
        if (!index.Files.IsEmpty && ReferencedNamespaces.Of(context.Compilation).Contains(AwsOptionsNamespace) && index.CanResolveLookups)
        {
            context.RegisterOperationAction(new AwsOptionsRule(index, policies, catalog).Analyze, OperationKind.Invocation);
        }
    }

    private void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "GetAWSOptions", IsExtensionMethod: true } method ||
            method.ReturnType is not INamedTypeSymbol returned || !TypeNames.Is(returned, AwsOptions) ||
            _policies.For(invocation.Syntax.SyntaxTree) is not { Jurisdiction: { } jurisdiction } policy)
        {
            return;
        }

        var section = ConfigurationLookup.Argument(invocation, "configSection") is { } argument
            ? StringValue.Resolve(argument) is { IsComplete: true } written ? written.Text : null
            : DefaultSection;
        var root = ConfigurationLookup.SectionPath(ConfigurationLookup.ThisArgument(invocation), _index, ConstantText, 0);
        if (section is null || root is null || _index.Lookup((root.Length == 0 ? "" : root + ":") + section + ":Region") is not { } configured)
        {
            return;
        }

        var region = configured.Texts
            .Select(text => _catalog.FindRegionByText("aws", text))
            .FirstOrDefault(r => r is not null && !policy.Allows(r));
        if (region is null)
        {
            return;
        }

        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Provider] = region.Provider;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CloudRegionOutsideJurisdiction,
            invocation.Syntax.GetLocation(),
            properties.ToImmutable(),
            Providers.DisplayName(region.Provider),
            region.Id,
            region.Name,
            _catalog.Countries.Describe(region.Countries),
            jurisdiction.Display));
    }

    private static string? ConstantText(IOperation operation) =>
        StringValue.Resolve(operation) is { IsComplete: true } value ? value.Text : null;
}
