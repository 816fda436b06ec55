using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using LocalizationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// The regions and endpoints written in appsettings.json and appsettings.{Environment}.json, each file
/// judged on its own with the policy that applies to it (editorconfig sections can scope one file):
/// DLOC002 at a region value (<see cref="ConfigurationKeys.RegionOf"/>), DLOC003 at an endpoint value the
/// catalog places outside the jurisdiction (<see cref="ConfigurationKeys.EndpointTexts"/>), DLOC901 for a
/// file the configuration provider would reject. The squiggle is the JSON value token, quotes included,
/// as a C# diagnostic covers the whole string literal. No code fix: fixes act on C# documents.
/// </summary>
internal sealed class AppSettingsRule
{
    private readonly ConfigurationIndex _index;
    private readonly PolicyProvider _policies;
    private readonly LocationCatalog _catalog;

    private AppSettingsRule(ConfigurationIndex index, PolicyProvider policies, LocationCatalog catalog)
    {
        _index = index;
        _policies = policies;
        _catalog = catalog;
    }

    public static void Register(CompilationStartAnalysisContext context, ConfigurationIndex index, PolicyProvider policies, LocationCatalog catalog)
    {
        if (!index.Files.IsEmpty)
        {
            context.RegisterAdditionalFileAction(new AppSettingsRule(index, policies, catalog).Analyze);
            context.RegisterCompilationEndAction(index.Findings.Report);
        }
    }

    private void Analyze(AdditionalFileAnalysisContext context)
    {
        if (_index.FileOf(context.AdditionalFile) is not { } file)
        {
            return;
        }

        if (file.Document.Problem is { } problem)
        {
            var start = problem.Position;
            var span = new TextSpan(start, start < file.Source.Length ? 1 : 0);
            var position = file.Source.Lines.GetLinePosition(start);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidConfigurationFile, file.LocationOf(span), file.FileName, position.Line + 1, position.Character + 1, problem.Message));
            return;
        }

        var policy = _policies.For(context.AdditionalFile);
        foreach (var policyProblem in policy.Problems)
        {
            if (_policies.FirstSighting(policyProblem))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidPolicy, Location.None, policyProblem.Key, policyProblem.Value, policyProblem.Reason));
            }
        }

        if (policy.Jurisdiction is null)
        {
            return;
        }

        foreach (var entry in file.Document.Entries)
        {
            if (entry is { Kind: ConfigurationValueKind.String, Value: { } value })
            {
                if (ConfigurationKeys.RegionOf(entry.Key, value, _catalog) is { } region)
                {
                    ReportRegion(context, file, entry, region, policy);
                }
                else
                {
                    ReportEndpoint(context, file, entry, value, policy);
                }
            }
        }
    }

    private void ReportRegion(AdditionalFileAnalysisContext context, AppSettingsFile file, ConfigurationEntry entry, CloudRegion region, DataLocalizationPolicy policy)
    {
        if (policy.Allows(region))
        {
            return;
        }

        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Provider] = region.Provider;
        var at = file.LocationOf(entry.Span);
        var countries = _catalog.Countries.Describe(region.Countries);
        _index.Findings.AddFinding(entry.Key, at, lookups => Diagnostic.Create(
            Descriptors.CloudRegionOutsideJurisdictionInConfiguration,
            at,
            lookups,
            properties.ToImmutable(),
            Providers.DisplayName(region.Provider),
            region.Id,
            region.Name,
            countries,
            policy.Jurisdiction!.Display));
    }

    private void ReportEndpoint(AdditionalFileAnalysisContext context, AppSettingsFile file, ConfigurationEntry entry, string value, DataLocalizationPolicy policy)
    {
        var outside = ConfigurationKeys.EndpointTexts(entry.Key, value)
            .Select(EndpointText.Parse)
            .Where(parsed => parsed.IsDestination)
            .SelectMany(parsed => parsed.Hosts)
            .Select(host => Destination.ForHost(host, _catalog))
            .Select(destination => (Destination: destination, Verdict: Verdict.Judge(destination, policy, _catalog)))
            .FirstOrDefault(judged => judged.Verdict.Kind == VerdictKind.Outside);
        if (outside.Destination?.Host is not { } host)
        {
            return;
        }

        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Host] = host;
        properties[FixProperties.IsLiteral] = "false";
        if (EndpointRule.CounterpartFor(outside.Destination, policy.Jurisdiction!, _catalog) is { } counterpart)
        {
            properties[FixProperties.CounterpartHost] = counterpart;
        }

        // The key is what the value configures: "Sentry:Dsn endpoint 'o1.ingest.us.sentry.io' is in ...".
        var at = file.LocationOf(entry.Span);
        _index.Findings.AddFinding(entry.Key, at, lookups => Diagnostic.Create(
            Descriptors.EndpointOutsideJurisdictionInConfiguration,
            at,
            lookups,
            properties.ToImmutable(),
            entry.Key,
            host,
            outside.Verdict.Place,
            policy.Jurisdiction!.Display));
    }
}
