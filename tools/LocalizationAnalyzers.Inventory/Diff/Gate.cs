using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Diff;

public sealed record GateOptions(IReadOnlySet<string> FailOn, bool AllowSuppressed = false, bool AllowIncomplete = false)
{
    /// <summary>What --fail-on accepts: the verdicts, <c>unverified-personal</c> (unverified and carrying personal data), <c>any</c>, <c>none</c>.</summary>
    public static readonly IReadOnlyList<string> Tokens = [Verdicts.Outside, Verdicts.Unverified, "unverified-personal", Verdicts.NoPolicy, Verdicts.Compliant, "any", "none"];

    public static readonly GateOptions Default = new(new HashSet<string> { Verdicts.Outside });
}

public sealed record GateResult(IReadOnlyList<Flow> BlockingNew, IReadOnlyList<FlowChange> BlockingChanged, bool Incomplete, bool IncompleteBlocks)
{
    public bool Failed => BlockingNew.Count > 0 || BlockingChanged.Count > 0 || IncompleteBlocks;
}

/// <summary>
/// The pull-request gate: it fails on a NEW flow whose verdict is one of --fail-on (default: outside),
/// and on a flow that newly reaches such a verdict (compliant → outside after a region change). Removed
/// flows, flows that got better and changes of other fields never fail it. It also fails when the
/// current inventory is incomplete (DLOC100 did not reach some log), because a gate that compares
/// against a partial inventory would pass by accident; --allow-incomplete turns that off.
/// Suppressions do not pass the gate by themselves: a suppression is a developer's decision, the
/// gate asks for the compliance review; --allow-suppressed lets through sites whose findings are all
/// suppressed with a justification.
/// </summary>
public static class Gate
{
    public static bool Fails(Flow flow, GateOptions options)
    {
        if (options.AllowSuppressed && flow.IsAcceptedWithJustification)
        {
            return false;
        }

        return options.FailOn.Contains("any")
            || options.FailOn.Contains(flow.Verdict)
            || (options.FailOn.Contains("unverified-personal") && flow.Verdict == Verdicts.Unverified && flow.PersonalData.Count > 0);
    }

    public static GateResult Evaluate(DiffResult diff, InventoryDocument current, GateOptions options)
    {
        var incomplete = !current.Coverage.IsComplete;
        return new GateResult(
            diff.Added.Where(f => Fails(f, options)).ToList(),
            diff.Changed.Where(c => Fails(c.Current, options) && !Fails(c.Baseline, options)).ToList(),
            incomplete,
            incomplete && !options.AllowIncomplete);
    }
}
