using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's views (R32, R33), read from its partition on every query instead of held in memory: the referrals' view
/// rows newest first from the page's position, and each user's favorite marks, which the desk alone writes.
/// </summary>
public sealed class DeskViews(IPartitionStore store, string partitionKey)
{
    /// <summary>How many view rows one read fetches while a page is filled.</summary>
    private const int ScanPage = 200;

    public async Task<ReferralPage> QueryAsync(ReferralQuery? query, string userId, IReadOnlySet<string>? tenants, Func<ReferralSummary, bool>? visible)
    {
        var favorites = await FavoritesOfAsync(userId);
        var view = new ReferralViewQuery(query, tenants, visible, favorites);
        if (view.FavoritesOnly)
        {
            // A user's favorites are few: read each one's summary rather than scan the whole view for them.
            var marked = await Task.WhenAll(favorites.Select(ReadSummaryAsync));
            return view.Page(marked.OfType<ReferralSummary>());
        }

        var (from, to) = view.After is { } after ? RowKeys.ViewsAfter(after.Ticks, after.Id) : RowKeys.Views;
        var matches = new List<ReferralSummary>();
        string? continuation = null;
        do
        {
            var rows = await store.QueryAsync(partitionKey, from, to, ScanPage, continuation);
            matches.AddRange(rows.Rows.Select(ReferralViewRow.Read).Where(view.Matches));
            continuation = rows.Continuation;
        }
        while (matches.Count <= view.Top && continuation is not null);

        return view.Page(matches);
    }

    /// <summary>The latest summary of one of this desk's referrals, or null when it has none.</summary>
    public async Task<ReferralSummary?> ReadSummaryAsync(string referralId) =>
        await ReadStateAsync(referralId) is { } state ? ReferralProjection.ToSummary(state) : null;

    /// <summary>The stored state of one of this desk's referrals, or null when it has none.</summary>
    public async Task<ReferralState?> ReadStateAsync(string referralId)
    {
        var row = await store.ReadAsync(partitionKey, RowKeys.State(referralId));
        return row is null ? null : ChunkedJson.Read<ReferralState>(row, StoredJson.Options);
    }

    /// <summary>Whether a referral's state row exists in this desk's partition.</summary>
    public async Task<bool> ExistsAsync(string referralId) => await store.ReadAsync(partitionKey, RowKeys.State(referralId)) is not null;

    /// <summary>Mark or unmark; idempotent, per user (R32).</summary>
    public async Task SetFavoriteAsync(string userId, string referralId, bool favorite)
    {
        var key = RowKeys.Favorite(userId, referralId);
        var marked = await store.ReadAsync(partitionKey, key) is not null;
        if (marked == favorite)
        {
            return;
        }

        await store.SubmitAsync(partitionKey, [favorite
            ? RowWrite.Upsert(key, new Dictionary<string, object> { ["ReferralId"] = referralId })
            : RowWrite.Delete(key)]);
    }

    private async Task<HashSet<string>> FavoritesOfAsync(string userId)
    {
        var (from, to) = RowKeys.Favorites(userId);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var rows = await store.QueryAsync(partitionKey, from, to, IPartitionStore.MaxBatch * 10, continuation);
            ids.UnionWith(rows.Rows.Select(r => r.GetString("ReferralId")));
            continuation = rows.Continuation;
        }
        while (continuation is not null);

        return ids;
    }
}
