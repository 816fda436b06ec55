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
/// The package's analyzer. At compilation start it registers only the rules that have something to look
/// at, judged by the namespaces the compilation has: a compilation without any egress API's namespace
/// gets nothing but the policy check. Policies, recognizers and SDK members are looked at lazily.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataLocalizationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.All);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is not analysed. Diagnostics are not filtered by the driver, which would check every
        // reported diagnostic's file for [GeneratedCode] (a walk of the file): the one kind of finding located
        // outside the code analysed, a value declared elsewhere, is checked by the rules (Rules/GeneratedCode).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        // Nothing here resolves a type: the SDK tables are matched by name when code uses a member, and a
        // rule is registered only when the compilation has its tables' namespaces (ReferencedNamespaces).
        var context = new MergedOperationActions(start);
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

        var clientBases = ClientBaseTypeSymbols.Resolve(context.Compilation);
        ImplicitRegionRule.Register(context, clientBases, policies, catalog);

        if (SovereignCloudSymbols.Resolve(context.Compilation) is { } sovereignClouds)
        {
            SovereignCloudRule.Register(context, sovereignClouds, policies, catalog);
        }

        var endpointApis = EndpointApiSymbols.Resolve(context.Compilation);
        var payloadApis = PayloadApiSymbols.Resolve(context.Compilation);
        var builders = RequestBuilders.Resolve(context.Compilation);
        var generatedClients = GeneratedClients.Resolve(context.Compilation);
        var databases = DatabaseSites.Resolve(context.Compilation);
        if (endpointApis is not null || payloadApis is not null || clientBases is not null || generatedClients is not null || databases is not null)
        {
            var wrappers = new EndpointWrappers(context.Compilation, endpointApis, regionApis);
            var finder = new EgressSiteFinder(endpointApis, payloadApis, regionApis, clientBases, catalog, wrappers, builders, generatedClients, databases);
            EgressSiteRules.Register(context, finder, wrappers, policies, catalog);
        }

        context.Complete();
    }
}
