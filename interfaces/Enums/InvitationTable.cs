namespace CoSell;

/// <summary>
/// R27's table as a front-end offers it: whether a referral takes invitations now, and whether Microsoft may be one of
/// them. The grains check every invitation (<c>InvitationPolicy</c> in the domain, with the rest of R27 and R10); front-
/// ends use this to offer only those that can pass.
/// </summary>
public static class InvitationTable
{
    /// <summary>
    /// Its owner's own outbound deal (an inbound referral's receiver invites no one), not terminal (R26), not a solution
    /// assessment (R17): it takes partner invitations, and Microsoft's when <see cref="MayInviteMicrosoft"/>.
    /// </summary>
    public static bool TakesInvitations(ReferralDirection direction, DealType dealType, ReferralStatus status) =>
        direction == ReferralDirection.Outgoing && status != ReferralStatus.Closed && dealType != DealType.SolutionAssessment;

    /// <summary>Private and P2P deals may ask Microsoft (becoming co-sell); a co-sell deal has it already.</summary>
    public static bool MayInviteMicrosoft(DealType dealType) => dealType is DealType.Private or DealType.PartnerToPartner;
}
