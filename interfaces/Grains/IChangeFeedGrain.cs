namespace CoSell;

/// <summary>
/// An organization's change feed (replayable events): every change its webhooks would carry, in one stable order, each
/// with an opaque cursor; kept at least the configured retention (30 days by default). Key: the organization id
/// (<c>msft</c> for Microsoft's side). A PartnerAdmin (or Operator) reads the whole organization's feed; any other
/// role reads its own referrals' changes in the tenants it sees (R2), a seller only those routed to it (R3).
/// </summary>
public interface IChangeFeedGrain : IGrainWithStringKey
{
    /// <summary>
    /// The changes after <paramref name="after"/> (null: from the oldest kept), at most <paramref name="top"/>. A cursor
    /// older than what is kept is refused (<c>gone</c>, target <c>after</c>): changes were dropped since.
    /// </summary>
    [AlwaysInterleave]
    Task<ChangeFeedPage> Read(Actor actor, string? after, int top = ChangeFeedPage.DefaultTop);

    /// <summary>
    /// The newest changes (at most <paramref name="top"/>, oldest first) and the cursor to follow on from with
    /// <see cref="Read"/>: what an activity screen opens with, without reading the feed from its start.
    /// </summary>
    [AlwaysInterleave]
    Task<ChangeFeedPage> Latest(Actor actor, int top = ChangeFeedPage.DefaultTop);
}
