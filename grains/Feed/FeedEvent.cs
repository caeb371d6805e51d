namespace CoSell.Grains.Feed;

/// <summary>A stored change as the feed hands it out: the CloudEvent's attributes as webhooks carry them (R36), with its cursor.</summary>
public static class FeedEvent
{
    public static ChangeEvent Of(FeedEntry entry) => new(
        FeedCursor.Of(entry.Sequence),
        entry.EventId,
        entry.Event.ToWireName(),
        $"urn:cosell:organization:{entry.OwnerOrganizationId}",
        entry.ReferralId,
        entry.Version,
        entry.ChangedAt,
        entry.DataJson);
}
