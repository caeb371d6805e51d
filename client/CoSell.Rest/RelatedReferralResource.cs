namespace CoSell.Rest;

/// <summary>
/// The <c>data</c> of a <c>related-referral-created</c> or <c>related-referral-updated</c> webhook event (R36): another
/// party's referral in an engagement the receiver is part of, as much of it as R28 lets the receiver see: whose it is
/// and where it stands, nothing of its deal.
/// </summary>
public sealed record RelatedReferralResource(
    string Id,
    string EngagementId,
    string OrganizationId,
    string OrganizationName,
    ReferralStatus Status,
    Substatus Substatus,
    DateTimeOffset UpdatedDateTime);
