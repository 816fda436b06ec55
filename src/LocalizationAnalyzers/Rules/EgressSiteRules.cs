using System.Collections.Concurrent;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Rules;

/// <summary>
/// Runs the site rules on each egress site once: personal data (DLOC001/DLOC004), else the endpoint
/// (DLOC003), then the inventory row (DLOC100) recording which fired. One finding, one diagnostic.
/// Payloads are traced only here, at egress sites: methods without one cost a dictionary lookup per call.
/// </summary>
internal static class EgressSiteRules
{
    public static void Register(CompilationStartAnalysisContext context, EgressSiteFinder finder, EndpointWrappers wrappers, PolicyProvider policies, LocationCatalog catalog)
    {
        var wrapperCalls = new WrapperCalls(wrappers, policies, catalog);
        var recognizers = new RecognizerProvider(context.Compilation);
        var entryPoints = new EntryPoints();
        var helpers = new HelperFlows(policies, recognizers, catalog, entryPoints);
        var registrations = new HttpClientRegistrations(catalog);
        // Sites whose destination is decided at compilation end: typed/named HttpClients (by their registration key)
        // and Sentry's static captures (key null: the compilation's one DSN).
        var factoryClients = new ConcurrentBag<(EgressSite Site, Payload Payload, string? Key)>();
        var sentry = new SentryInit();
        var deferredEndpoints = new ConcurrentBag<(EgressSite Site, SiteJudgement Judgement)>();
        context.RegisterOperationAction(
            operationContext =>
            {
                if (operationContext.Operation is IInvocationOperation call)
                {
                    helpers.RecordCall(call);
                    entryPoints.RecordCall(call);
                    registrations.Record(call);
                }
                else if (operationContext.Operation is IMethodReferenceOperation reference)
                {
                    entryPoints.RecordReference(reference);
                    return;
                }

                if (finder.Find(operationContext.Operation) is { } site)
                {
                    sentry.Record(site);
                    Analyze(operationContext, site, policies, recognizers, helpers, factoryClients, deferredEndpoints, catalog);
                }
                else if (operationContext.Operation is IInvocationOperation or IObjectCreationOperation)
                {
                    wrapperCalls.Analyze(operationContext);
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment,
            OperationKind.MethodReference);
        context.RegisterCompilationEndAction(end =>
        {
            // Typed and named HttpClients first: their registrations may make their senders' destinations known.
            var dsn = sentry.Single();
            foreach (var (site, payload, key) in factoryClients)
            {
                var decided = key is null ? dsn : registrations.Find(key);
                var resolved = decided is not null ? site.WithEndpoint(decided) : site;
                helpers.RecordSender(resolved, payload);
                var policy = policies.For(site.Operation.Syntax.SyntaxTree);
                var judgement = SiteJudgement.Of(resolved, policy, catalog);
                if (judgement.IsNoDestination)
                {
                    continue;
                }

                var personal = PersonalDataRule.Evaluate(site.ShortApi, site.Operation.Syntax.GetLocation(), judgement, payload, policy, throughHelper: true);
                if (personal is not null)
                {
                    end.ReportDiagnostic(personal);
                }

                end.ReportDiagnostic(InventoryRule.Create(resolved, judgement, policy, payload, personal?.Id ?? "", throughHelper: true));
            }

            helpers.Report(end);
            var sentFromEntryPoints = helpers.ReportEntryPoints(end);
            foreach (var (site, judgement) in deferredEndpoints)
            {
                if (!sentFromEntryPoints.Contains(site.Operation) &&
                    EndpointRule.CreateAtCompilationEnd(site, judgement, policies.For(site.Operation.Syntax.SyntaxTree), catalog, end.Compilation, end.Options) is { } endpoint)
                {
                    end.ReportDiagnostic(endpoint);
                }
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, EgressSite site, PolicyProvider policies, RecognizerProvider recognizers, HelperFlows helpers,
        ConcurrentBag<(EgressSite, Payload, string?)> factoryClients, ConcurrentBag<(EgressSite, SiteJudgement)> deferredEndpoints, LocationCatalog catalog)
    {
        var policy = policies.For(site.Operation.Syntax.SyntaxTree);
        var judgement = SiteJudgement.Of(site, policy, catalog);
        if (judgement.IsNoDestination)
        {
            return;
        }

        var payload = !site.PayloadOperands.IsEmpty
            ? PayloadTracer.Trace(site.PayloadOperands, recognizers.For(policy), recognizers.SummariesFor(policy), client: site.Kind == EgressKind.Http ? site.Client : null)
            : !site.StoredEntities.IsEmpty ? DatabaseSites.ModelPayload(site.StoredEntities, recognizers.For(policy))
            : Payload.Empty;

        // An HttpClient from IHttpClientFactory whose base address is not visible here: its AddHttpClient
        // registration decides, once the whole compilation is known.
        if (judgement.Verdict.Kind is VerdictKind.Unresolved or VerdictKind.NoPolicy &&
            judgement.Destination.Kind == DestinationKind.Unresolved &&
            site.Client is { } client && HttpClientRegistrations.KeyOf(client) is { } key)
        {
            factoryClients.Add((site, payload, key));
            return;
        }

        // SentrySdk.CaptureMessage(...), scope.User = ...: they go to the DSN of SentrySdk.Init, wherever that is written.
        if (judgement.Verdict.Kind is VerdictKind.Unresolved or VerdictKind.NoPolicy && SentryInit.IsStaticSend(site))
        {
            factoryClients.Add((site, payload, null));
            return;
        }

        helpers.RecordSender(site, payload);

        var fired = "";
        var endpointLiteral = site.EndpointOperand is null ? null : site.Endpoint.Value;
        if (PersonalDataRule.Evaluate(site.ShortApi, site.Operation.Syntax.GetLocation(), judgement, payload, policy, throughHelper: false, endpointLiteral, catalog) is { } personal)
        {
            context.ReportDiagnostic(personal);
            fired = personal.Id;
        }
        else if (IsHarmlessRequest(site, payload))
        {
            // Listed in the inventory only (SPEC §5, DLOC003).
        }
        else if (HelperFlows.MaySendEntryPointData(payload, recognizers.For(policy)))
        {
            // A parameter personal by its name, in a method that may turn out to be an entry point: DLOC001 or
            // DLOC003 is decided once every call is known (one finding, one diagnostic).
            deferredEndpoints.Add((site, judgement));
        }
        else if (EndpointRule.Evaluate(context, site, judgement, policy, catalog))
        {
            fired = Diagnostics.RuleIdentifiers.EndpointOutsideJurisdiction;
        }
        else if (site.EndpointOperand is not null && site.Endpoint.Value is { } endpoint && judgement.Destination.Host is { } host &&
                 judgement.Verdict.Kind == VerdictKind.Compliant && OperatorRule.ForeignOperator(judgement.Destination, policy, catalog) is { } foreign)
        {
            // Where DLOC003 would be: the endpoint as written; no fix (the same call cannot name another operator's host).
            context.ReportDiagnostic(OperatorRule.Create(endpoint.Location, new[] { site.Operation.Syntax.GetLocation() }, null, site.ShortApi + " endpoint", host, judgement.Destination, foreign, policy, catalog));
            fired = Diagnostics.RuleIdentifiers.ForeignOperator;
        }

        context.ReportDiagnostic(InventoryRule.Create(site, judgement, policy, payload, fired));
    }

    /// <summary>
    /// One HTTP call whose whole request is in view and carries nothing of a person (GetStringAsync of a
    /// literal URL, a literal body): DLOC003 stays quiet, the inventory lists it (SPEC §5). Configuration
    /// that decides where future data goes (base addresses, SDK endpoints, DSNs, queue URLs) and a body
    /// that comes from the callers (a parameter) still report.
    /// </summary>
    private static bool IsHarmlessRequest(EgressSite site, Payload payload) =>
        site.Kind == EgressKind.Http && !site.PayloadOperands.IsEmpty && !payload.HasPersonalData && payload.Parameters.IsEmpty;
}
