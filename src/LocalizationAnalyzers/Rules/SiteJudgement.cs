using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Policy;

namespace LocalizationAnalyzers.Rules;

/// <summary>An egress site's destinations judged against the policy: the worst one decides.</summary>
internal sealed class SiteJudgement
{
    private SiteJudgement(Destination destination, Verdict verdict)
    {
        Destination = destination;
        Verdict = verdict;
    }

    public Destination Destination { get; }

    public Verdict Verdict { get; }

    /// <summary>Every destination is a documentation name the policy does not name, or an in-process test server: no site at all.</summary>
    public bool IsNoDestination => Verdict.Kind == VerdictKind.NotADestination;

    public static SiteJudgement Of(EgressSite site, DataLocalizationPolicy policy, LocationCatalog catalog) =>
        site.Endpoint.Destinations
            .Select(d => new SiteJudgement(d, Verdict.Judge(d, policy, catalog)))
            .OrderBy(j => Rank(j.Verdict.Kind))
            .First();

    private static int Rank(VerdictKind kind) => kind switch
    {
        VerdictKind.Outside => 0,
        VerdictKind.Unknown => 1,
        VerdictKind.Unresolved => 2,
        VerdictKind.NoPolicy => 3,
        VerdictKind.NotADestination => 5,
        _ => 4,
    };
}
