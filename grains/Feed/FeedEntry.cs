namespace CoSell.Grains.Feed;

/// <summary>
/// One change as the feed stores it (a row of the organization's partition, <see cref="FeedRows"/>): its event and
/// payload, and who may read it — the owner's tenant for its own referrals (R2), the seller it concerns on Microsoft's
/// side (R3); a related change (another party's referral, status only, R28) belongs to the whole organization.
/// </summary>
public sealed record FeedEntry
{
    public required long Sequence { get; init; }
    public required string EventId { get; init; }
    public required WebhookEvent Event { get; init; }
    public required string ReferralId { get; init; }
    public required string OwnerOrganizationId { get; init; }
    public required long Version { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    public required DateTimeOffset StoredAt { get; init; }
    public string? TenantId { get; init; }
    public string? SellerId { get; init; }
    public required string DataJson { get; init; }

    public bool IsRelated => Event is WebhookEvent.RelatedReferralCreated or WebhookEvent.RelatedReferralUpdated;
}
