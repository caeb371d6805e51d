namespace CoSell;

/// <summary>
/// Events an organization can subscribe to (R36). Wire names: <c>referral-created</c>, <c>referral-updated</c>
/// (its own referrals), <c>related-referral-created</c>, <c>related-referral-updated</c> (other parties'
/// referrals in the same engagement), <c>referral-expiring</c> (a warning before its own window closes); see <see cref="WebhookEventNames"/>.
/// </summary>
public enum WebhookEvent
{
    ReferralCreated,
    ReferralUpdated,
    RelatedReferralCreated,
    RelatedReferralUpdated,

    /// <summary>Its own received referral's response window closes soon: <c>referral-expiring</c> (R18, R21, R22).</summary>
    ReferralExpiring,
}
