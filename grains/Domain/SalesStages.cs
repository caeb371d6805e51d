namespace CoSell.Grains.Domain;

/// <summary>
/// Sales stages (R24) and solution-assessment stages (R29): their percentages and which moves are allowed.
/// </summary>
public static class SalesStages
{
    public static IReadOnlyList<SalesStage> Standard => SalesStageOrder.Standard;

    public static IReadOnlyList<SalesStage> Assessment => SalesStageOrder.Assessment;

    public static int Percent(SalesStage stage) => SalesStagePercent.Of(stage);

    /// <summary>
    /// Check a stage move without changing anything. Standard stages move forward only, skipping allowed, and
    /// the same stage again is no move (R24); assessment stages are marked in order, none skipped (R29). Won is
    /// reached by closing the deal (R25), not by marking it.
    /// </summary>
    /// <returns>True when the stage changes.</returns>
    public static bool EnsureCanMove(DealType dealType, SalesStage current, SalesStage next)
    {
        if (next == SalesStage.Won)
        {
            throw CoSellException.InvalidTransition("salesStage", "Won is an outcome: close the referral as Won instead of marking the stage (R25).");
        }

        if (current == next)
        {
            return false;
        }

        if (dealType == DealType.SolutionAssessment)
        {
            var expected = NextAssessmentStage(current);
            if (!Assessment.Contains(next))
            {
                throw CoSellException.InvalidTransition("salesStage", $"A solution assessment uses the assessment stages, not {next} (R29).");
            }

            if (expected is null)
            {
                throw CoSellException.InvalidTransition("salesStage", "Every assessment stage is already marked; close the referral instead (R29).");
            }

            if (next != expected)
            {
                throw CoSellException.InvalidTransition("salesStage", $"Assessment stages are marked in order: the next one is {expected}, not {next} (R29).");
            }

            return true;
        }

        if (!Standard.Contains(next))
        {
            throw CoSellException.InvalidTransition("salesStage", $"{next} is a solution-assessment stage; this referral uses the standard sales stages (R24).");
        }

        if (Standard.IndexOf(next) < Standard.IndexOf(current))
        {
            throw CoSellException.InvalidTransition("salesStage", $"Sales stages move forward only: {current} to {next} goes back (R24).");
        }

        return true;
    }

    /// <summary>R29: an assessment is won only once every assessment stage is complete.</summary>
    public static bool AssessmentComplete(SalesStage current) => current == SalesStage.ReportShared;

    private static SalesStage? NextAssessmentStage(SalesStage current)
    {
        var index = Assessment.IndexOf(current);
        return index < 0 ? Assessment[0] : index + 1 < Assessment.Count ? Assessment[index + 1] : null;
    }
}
