namespace CoSell.Portal.Components.Referrals;

/// <summary>One column of the pipeline board: the open deals at a stage, their count and value per currency.</summary>
public sealed record PipelineColumn(SalesStage Stage, IReadOnlyList<ReferralSummary> Deals)
{
    /// <summary>Totals per currency, largest first: amounts in different currencies are never added together.</summary>
    public IReadOnlyList<(string Currency, decimal Total)> Totals =>
        [.. Deals.GroupBy(d => d.Currency).Select(g => (g.Key, g.Sum(d => d.DealValue))).OrderByDescending(t => t.Item2)];

    /// <summary>The board's columns for these open deals: the standard stages before Won, and the assessment stages when any deal uses them.</summary>
    public static IReadOnlyList<PipelineColumn> Of(IEnumerable<ReferralSummary> open)
    {
        var deals = open.ToList();
        var stages = SalesStageOrder.Standard.Where(s => s != SalesStage.Won).ToList();
        if (deals.Any(d => d.DealType == DealType.SolutionAssessment))
        {
            stages.AddRange(SalesStageOrder.Assessment);
        }

        return [.. stages.Select(stage => new PipelineColumn(stage, [.. deals.Where(d => d.SalesStage == stage).OrderByDescending(d => d.DealValue)]))];
    }
}
