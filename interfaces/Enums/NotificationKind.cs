namespace CoSell;

/// <summary>What a recorded notification is about (R34).</summary>
public enum NotificationKind
{
    ReferralReceived,
    ReferralAccepted,
    ReferralDeclined,
    ReferralExpired,
    SellerEngaged,
    SellerDeclined,
    SellerLapsed,
    RegistrationReviewed,
    /// <summary>A received referral's response window closes soon (R18, R21, R22).</summary>
    ReferralExpiring,
    /// <summary>An Operator assigned a co-sell request to the recipient seller (R4).</summary>
    RequestAssigned,
    /// <summary>A seller added the recipient seller to a co-sell request it works.</summary>
    ColleagueAdded,
    /// <summary>Another party wrote a note on a shared engagement.</summary>
    NoteAdded,
}
