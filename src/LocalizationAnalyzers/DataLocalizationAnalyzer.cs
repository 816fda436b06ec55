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
        var cloudClients = CloudClientSymbols.Resolve(context.Compilation);
        if (endpointApis is not null || payloadApis is not null || cloudClients is not null)
        {
            EgressSiteRules.Register(context, new EgressSiteFinder(endpointApis, payloadApis, regionApis, cloudClients, catalog), policies, catalog);
        }
    }
}
