namespace CoSell.Grains.Engagements;

/// <summary>One referral's status as reported to its engagement (R28). Newer <see cref="Version"/> wins.</summary>
[GenerateSerializer, Immutable]
public sealed record EngagementEntry(
    string ReferralId,
    string OrganizationId,
    string OrganizationName,
    string? SellerId,
    ReferralStatus Status,
    Substatus Substatus,
    long Version,
    IReadOnlyList<SellerContact>? Colleagues = null);
