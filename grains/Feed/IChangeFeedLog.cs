namespace CoSell.Grains.Feed;

/// <summary>The writing side of an organization's change feed: the referral publisher appends each change once it is stored.</summary>
public interface IChangeFeedLog : IGrainWithStringKey
{
    /// <summary>
    /// Appends <paramref name="change"/> (idempotent per change id) and returns its cursor; a repeat returns the first
    /// one's. <paramref name="tenantId"/> and <paramref name="sellerId"/> say who may read it (see <see cref="FeedEntry"/>).
    /// Interleaves: appends that arrive together are stored in one batch (<see cref="FeedAppender"/>).
    /// </summary>
    [AlwaysInterleave]
    Task<string> Append(Webhooks.ReferralChange change, string? tenantId, string? sellerId);
}
