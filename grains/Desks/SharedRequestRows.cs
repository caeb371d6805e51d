using CoSell.Grains.Engagements;
using CoSell.Grains.Hosting;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A seller's <c>s|</c> rows (<see cref="ISharedRequests"/>): for each request it joined as a colleague, its name, the
/// seller that held it then, when, and its engagement, whose Microsoft card names the seller holding it now (an Operator
/// may reassign it).
/// </summary>
public sealed class SharedRequestRows(IGrainFactory grains, IPartitionStore store, string sellerId)
{
    private readonly string _partition = PartitionKeys.Seller(sellerId);

    public Task ShareAsync(SharedRequest request, string engagementKey) =>
        store.SubmitAsync(_partition,
        [
            RowWrite.Upsert(RowKeys.Shared(request.ReferralId), new Dictionary<string, object>
            {
                ["Request"] = StoredJson.Serialize(request),
                ["Engagement"] = engagementKey,
            }),
        ]);

    public async Task<string?> FindAsync(string referralId)
    {
        if (await store.ReadAsync(_partition, RowKeys.Shared(referralId)) is not { } row)
        {
            return null;
        }

        var engagement = await ClusterReads.Read(grains.GetGrain<IEngagementGrain>(row.GetString("Engagement")).Get);
        return engagement.Microsoft.ReferralId == referralId && engagement.Microsoft.SellerId is { } holder
            ? holder
            : StoredJson.Deserialize<SharedRequest>(row.GetString("Request")).HeldBy;
    }

    /// <summary>Every request joined, latest first: a seller joins a handful, so one range read.</summary>
    public async Task<IReadOnlyList<SharedRequest>> ListAsync() =>
        [.. (await store.ReadAllAsync(_partition, RowKeys.SharedRequests))
            .Select(r => StoredJson.Deserialize<SharedRequest>(r.GetString("Request")))
            .OrderByDescending(r => r.JoinedAt)];
}
