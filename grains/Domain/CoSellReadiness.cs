namespace CoSell.Grains.Domain;

/// <summary>
/// Co-sell readiness (R13; issue 16, point 5): Microsoft's Operators mark partners and solutions co-sell ready (the
/// default when registering: a solution is ready unless marked otherwise). Only co-sell-ready solutions go with a
/// request for Microsoft's help — at creation, when Microsoft is invited later, and when a deal that asked Microsoft
/// changes its solutions. Microsoft's own solutions are ready by nature.
/// </summary>
public static class CoSellReadiness
{
    /// <summary>Throws naming the first solution that is not co-sell ready (<c>{target}[i]</c>, R41).</summary>
    public static void EnsureReady(IReadOnlyList<Solution> solutions, string target)
    {
        for (var i = 0; i < solutions.Count; i++)
        {
            if (!solutions[i].CoSellReady && solutions[i].PublisherId != Organizations.Microsoft)
            {
                throw CoSellException.Validation($"{target}[{i}]",
                    $"'{solutions[i].Name}' is not co-sell ready: only co-sell-ready solutions go with a request for Microsoft's help (R13).");
            }
        }
    }

    /// <summary>Whether <paramref name="state"/> asked Microsoft's help (its solutions are then held to readiness).</summary>
    public static bool AsksMicrosoft(ReferralState state) =>
        state.Invitations.Any(i => i.InviteeOrganizationId == Organizations.Microsoft);

    /// <summary>
    /// R30: a private deal is never registered, so one created with an incentive-eligible solution is told so — it
    /// would be registrable as a co-sell deal.
    /// </summary>
    public static ReferralWarning? PrivateNotRegistrable(ReferralState state) =>
        state.DealType == DealType.Private && state.Solutions.Any(s => s.IncentiveEligible)
            ? new ReferralWarning(ReferralWarning.NotRegistrable,
                "A private deal cannot be registered (R30): its incentive-eligible solutions earn nothing unless Microsoft is invited (co-sell).")
            : null;
}
