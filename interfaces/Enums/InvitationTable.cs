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

    /// <summary>How many co-sell requests one deal may make: the first, and once more after a decline or lapse (R22).</summary>
    public const int MaxMicrosoftRequests = 2;

    /// <summary>Private and P2P deals may ask Microsoft (becoming co-sell); a co-sell deal has it already.</summary>
    public static bool MayInviteMicrosoft(DealType dealType) => dealType is DealType.Private or DealType.PartnerToPartner;

    /// <summary>
    /// After Microsoft declined or let the request lapse, a co-sell deal may ask again — once, with a new help type and
    /// notes (a new request with a new window, R22). <paramref name="requestsSoFar"/>: Microsoft's referrals in the engagement.
    /// </summary>
    public static bool MayAskMicrosoftAgain(DealType dealType, MicrosoftStatus status, int requestsSoFar) =>
        dealType == DealType.CoSell && status is MicrosoftStatus.Declined or MicrosoftStatus.Lapsed && requestsSoFar < MaxMicrosoftRequests;
}
