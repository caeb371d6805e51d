using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Engagements;

/// <summary>
/// An engagement's row (R28) in the partition of the referral that started it (<see cref="EngagementKeys"/>): written
/// first by that referral's create, in the same transaction, then by the engagement grain, conditional on its ETag.
/// </summary>
public sealed class EngagementRow(IPartitionStore store, ReferralOwner owner)
{
    private readonly string _partition = PartitionKeys.Of(owner);
    private readonly string _rowKey = RowKeys.Engagement(owner.ReferralId);
    private string? _etag;

    public EngagementState State { get; private set; } = new();

    /// <summary>The write that stores <paramref name="state"/> as a new engagement's row, for the create's batch.</summary>
    public static RowWrite Insert(string engagementId, EngagementState state) =>
        RowWrite.Insert(RowKeys.Engagement(engagementId), Properties(state));

    public async Task LoadAsync()
    {
        var row = await store.ReadAsync(_partition, _rowKey);
        State = row is null ? new EngagementState() : StoredJson.Deserialize<EngagementState>(row.GetString("Engagement"));
        _etag = row?.ETag;
    }

    public async Task WriteAsync()
    {
        var properties = Properties(State);
        var write = _etag is null ? RowWrite.Insert(_rowKey, properties) : RowWrite.Replace(_rowKey, properties, _etag);
        _etag = (await store.SubmitAsync(_partition, [write]))[0];
    }

    private static Dictionary<string, object> Properties(EngagementState state) => new() { ["Engagement"] = StoredJson.Serialize(state) };
}
