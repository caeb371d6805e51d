namespace CoSell.Grains.Domain;

/// <summary>Closing a deal as Won or Lost (R25); an assessment is won only after all its stages (R29).</summary>
public static class ReferralClosing
{
    public static void Close(ReferralState state, Actor actor, CloseReferralRequest request, DateTimeOffset now)
    {
        if (state.Substatus != Substatus.Accepted)
        {
            throw CoSellException.InvalidTransition("R25", $"Only an accepted referral can be closed; this one is {state.Substatus}.");
        }

        var outcome = request.Outcome ?? throw CoSellException.Validation("outcome", "outcome is required: Won or Lost (R25).");
        if (outcome == CloseOutcome.Lost && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw CoSellException.Validation("reason", "Closing as Lost needs a reason (R25).");
        }

        if (outcome == CloseOutcome.Won && state.DealType == DealType.SolutionAssessment && !SalesStages.AssessmentComplete(state.SalesStage))
        {
            throw CoSellException.InvalidTransition("R29", $"A solution assessment is won only after every assessment stage; it is at {state.SalesStage}.");
        }

        state.Substatus = outcome == CloseOutcome.Won ? Substatus.Won : Substatus.Lost;
        state.StatusReason = request.Reason;
        if (outcome == CloseOutcome.Won)
        {
            state.SalesStage = SalesStage.Won;
        }

        state.Record(actor, outcome == CloseOutcome.Won ? "won" : "lost", outcome == CloseOutcome.Won ? "Closed as Won." : $"Closed as Lost ({request.Reason}).", now);
    }
}
