namespace CoSell;

/// <summary>
/// The order of the sales stages (R24) and of the solution-assessment stages (R29), and the moves a front-end may offer
/// from a stage. The grains check every move (<c>SalesStages</c> in the domain); front-ends use this to offer only
/// those that will pass.
/// </summary>
public static class SalesStageOrder
{
    public static readonly IReadOnlyList<SalesStage> Standard =
        [SalesStage.Created, SalesStage.Accepted, SalesStage.Qualified, SalesStage.Developed, SalesStage.Proposed, SalesStage.Negotiating, SalesStage.Won];

    public static readonly IReadOnlyList<SalesStage> Assessment =
        [SalesStage.AssessmentRequested, SalesStage.AssessmentScheduled, SalesStage.AssessmentDelivered, SalesStage.ReportShared];

    /// <summary>The stages of a deal of <paramref name="dealType"/>, in order.</summary>
    public static IReadOnlyList<SalesStage> Of(DealType dealType) => dealType == DealType.SolutionAssessment ? Assessment : Standard;

    /// <summary>
    /// The stages a deal may be marked at next: any later standard stage but Won (reached by closing, R25), or the one
    /// next assessment stage (R29).
    /// </summary>
    public static IReadOnlyList<SalesStage> NextFrom(DealType dealType, SalesStage current)
    {
        if (dealType == DealType.SolutionAssessment)
        {
            var at = Assessment.IndexOf(current);
            return at + 1 < Assessment.Count ? [Assessment[at + 1]] : [];
        }

        var index = Standard.IndexOf(current);
        return [.. Standard.Skip(index + 1).Where(s => s != SalesStage.Won)];
    }

    /// <summary>Where <paramref name="stage"/> stands in <paramref name="stages"/>, or -1.</summary>
    public static int IndexOf(this IReadOnlyList<SalesStage> stages, SalesStage stage)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] == stage)
            {
                return i;
            }
        }

        return -1;
    }
}
