using System;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// DLOC003: an endpoint configuring an egress client is known to be outside the jurisdiction. Reported
/// where the endpoint is written (the literal, also in a constant used elsewhere); the client is an
/// additional location. Hosts nobody has placed stay silent here: only personal data makes them a finding.
/// </summary>
internal static class EndpointRule
{
    public static bool Evaluate(OperationAnalysisContext context, EgressSite site, SiteJudgement judgement, DataLocalizationPolicy policy, LocationCatalog catalog)
    {
        if (!Applies(site, judgement, out var value, out var host))
        {
            return false;
        }

        // A finding all the same (the inventory row says so), but not reported inside generated code.
        if (!InConfigurationFile(site, value, context.Compilation) && !GeneratedCode.IsWrittenIn(value, context.Options))
        {
            context.ReportDiagnostic(Build(site, judgement, policy, catalog, value, host, atCompilationEnd: false));
        }

        return true;
    }

    /// <summary>The finding for this site decided once the whole compilation is known (a send in a possible entry point may be DLOC001 instead), or null.</summary>
    public static Diagnostic? CreateAtCompilationEnd(EgressSite site, SiteJudgement judgement, DataLocalizationPolicy policy, LocationCatalog catalog, Compilation compilation, AnalyzerOptions options) =>
        Applies(site, judgement, out var value, out var host) && !InConfigurationFile(site, value, compilation) && !GeneratedCode.IsWrittenIn(value, options)
            ? Build(site, judgement, policy, catalog, value, host, atCompilationEnd: true)
            : null;

    /// <summary>Only where the site's own operand names the endpoint: a client configured elsewhere is reported there.</summary>
    private static bool Applies(EgressSite site, SiteJudgement judgement, out StringValue value, out string host)
    {
        value = null!;
        host = null!;
        if (judgement.Verdict.Kind != VerdictKind.Outside || site.EndpointOperand is null || site.Endpoint.Value is not { } written || judgement.Destination.Host is not { } named)
        {
            return false;
        }

        value = written;
        host = named;
        return true;
    }

    /// <summary>One finding, one diagnostic (SPEC §5): the appsettings value is reported, this lookup is shown with it.</summary>
    private static bool InConfigurationFile(EgressSite site, StringValue value, Compilation compilation)
    {
        if (ReportedInConfigurationFile(value) && Configuration.ConfigurationIndex.Of(compilation) is { } index)
        {
            index.Findings.AddLookup(value.ConfigurationKey!, value.Location, site.Operation.Syntax.GetLocation());
            return true;
        }

        return false;
    }

    private static Diagnostic Build(EgressSite site, SiteJudgement judgement, DataLocalizationPolicy policy, LocationCatalog catalog, StringValue value, string host, bool atCompilationEnd)
    {
        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Host] = host;
        properties[FixProperties.IsLiteral] = value.IsLiteral && value.Text.IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0 ? "true" : "false";
        if (CounterpartFor(judgement.Destination, policy.Jurisdiction!, catalog) is { } counterpart)
        {
            properties[FixProperties.CounterpartHost] = counterpart;
        }

        return Diagnostic.Create(
            atCompilationEnd ? Descriptors.EndpointOutsideJurisdictionAtCompilationEnd : Descriptors.EndpointOutsideJurisdiction,
            value.Location,
            new[] { site.Operation.Syntax.GetLocation() },
            properties.ToImmutable(),
            site.ShortApi,
            host,
            judgement.Verdict.Place,
            policy.Jurisdiction!.Display);
    }

    /// <summary>A value read from IConfiguration whose appsettings*.json value the file rule judges itself (DLOC003 there).</summary>
    public static bool ReportedInConfigurationFile(StringValue value) =>
        value.ConfigurationKey is { } key &&
        new[] { value.Text }.Concat(value.Alternatives).Any(text => Configuration.ConfigurationKeys.EndpointTexts(key, text).Any());

    /// <summary>The catalog's counterpart of this host that lies wholly inside the jurisdiction, e.g. Azure global → Azure China.</summary>
    public static string? CounterpartFor(Destination destination, Jurisdiction jurisdiction, LocationCatalog catalog)
    {
        if (destination.Placement is not { } placement)
        {
            return null;
        }

        return placement.Row.Counterparts
            .Where(c => jurisdiction.ContainsAll(catalog.Countries.Expand(c.Jurisdiction)))
            .Select(c => HostCatalog.Instantiate(c.Pattern, placement.Wildcards))
            .FirstOrDefault(h => h.IndexOf('*') < 0);
    }
}
