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
        // Only where the site's own operand names the endpoint: a client configured elsewhere is reported there.
        if (judgement.Verdict.Kind != VerdictKind.Outside || site.EndpointOperand is null || site.Endpoint.Value is not { } value || judgement.Destination.Host is not { } host)
        {
            return false;
        }

        if (ReportedInConfigurationFile(value) && Configuration.ConfigurationIndex.Of(context.Compilation) is { } index)
        {
            // One finding, one diagnostic (SPEC §5): the appsettings value is reported, this lookup is shown with it.
            index.Findings.AddLookup(value.ConfigurationKey!, value.Location, site.Operation.Syntax.GetLocation());
            return true;
        }

        var properties = FixProperties.CreateBuilder();
        properties[FixProperties.Host] = host;
        properties[FixProperties.IsLiteral] = value.IsLiteral && value.Text.IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0 ? "true" : "false";
        if (CounterpartFor(judgement.Destination, policy.Jurisdiction!, catalog) is { } counterpart)
        {
            properties[FixProperties.CounterpartHost] = counterpart;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.EndpointOutsideJurisdiction,
            value.Location,
            new[] { site.Operation.Syntax.GetLocation() },
            properties.ToImmutable(),
            site.ShortApi,
            host,
            judgement.Verdict.Place,
            policy.Jurisdiction!.Display));
        return true;
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
