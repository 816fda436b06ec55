using System.Collections.Immutable;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Configuration;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using LocalizationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers;

/// <summary>
/// The package's analyzer. At compilation start it reads the policy and resolves the SDK symbols the
/// compilation references, then registers only the rules that have something to look at: a
/// compilation that references no egress API gets nothing but the policy check.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataLocalizationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.All);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var catalog = LocationCatalog.Instance;
        var policies = new PolicyProvider(context.Options.AnalyzerConfigOptionsProvider, catalog);
        InvalidPolicyRule.Register(context, policies);

        // appsettings*.json: judged in the files, and read by IConfiguration lookups in code (StringValue).
        var configuration = ConfigurationIndex.Create(context.Compilation, context.Options, context.CancellationToken);
        AppSettingsRule.Register(context, configuration, policies, catalog);
        AwsOptionsRule.Register(context, configuration, policies, catalog);

        var regionApis = RegionApiSymbols.Resolve(context.Compilation);
        if (regionApis is not null)
        {
            CloudRegionRule.Register(context, regionApis, policies, catalog);
        }

        ImplicitRegionRule.Register(context, policies, catalog);

        if (SovereignCloudSymbols.Resolve(context.Compilation) is { } sovereignClouds)
        {
            SovereignCloudRule.Register(context, sovereignClouds, policies, catalog);
        }

        var endpointApis = EndpointApiSymbols.Resolve(context.Compilation);
        var payloadApis = PayloadApiSymbols.Resolve(context.Compilation);
        var awsClientBase = context.Compilation.GetTypeByMetadataName("Amazon.Runtime.AmazonServiceClient");
        var builders = RequestBuilders.Resolve(context.Compilation);
        var generatedClients = GeneratedClients.Resolve(context.Compilation);
        var databases = DatabaseSites.Resolve(context.Compilation);
        if (endpointApis is not null || payloadApis is not null || awsClientBase is not null || generatedClients is not null || databases is not null)
        {
            var finder = new EgressSiteFinder(endpointApis, payloadApis, regionApis, awsClientBase, catalog, builders, generatedClients, databases);
            EgressSiteRules.Register(context, finder, policies, catalog);
        }
    }
}
