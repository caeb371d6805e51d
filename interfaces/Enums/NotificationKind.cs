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
}
