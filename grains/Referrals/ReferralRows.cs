using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A referral's rows in its owner's partition: its state, its view row (R32, R33) and, while it waits for an answer,
/// its response window (R21, R22); the answer leaves a row for the owner desk's responsiveness figures (R37). A change
/// writes all of them in one batch, conditional on the state row's ETag: a crash leaves all of a change or none, and a
/// second activation holding older state (during a silo failover) cannot overwrite newer state.
/// </summary>
public sealed class ReferralRows(IPartitionStore store, ReferralOwner owner)
{
    /// <summary>The queue of answered inbound referrals the owner desk counts (R37).</summary>
    public const string RespondedQueue = "responded";

    private readonly string _stateKey = RowKeys.State(owner.ReferralId);
    private string? _etag;
    private string? _viewKey;
    private string? _windowKey;

    public string PartitionKey { get; } = PartitionKeys.Of(owner);

    public ReferralState State { get; private set; } = new();

    /// <summary>Read the state row; a referral without one does not exist (yet).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var row = await store.ReadAsync(PartitionKey, _stateKey, cancellationToken);
        State = row is null ? new ReferralState() : ChunkedJson.Read<ReferralState>(row, StoredJson.Options);
        _etag = row?.ETag;
        _viewKey = row is null ? null : ViewKey(State);
        _windowKey = row is null ? null : WindowKey(State);
    }

    /// <summary>Write the current state, its view row and its window as one batch.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken = default)
    {
        var state = State;
        var summary = ReferralProjection.ToSummary(state);
        var summaryJson = StoredJson.Serialize(summary);
        var stateRow = ChunkedJson.Write(state, StoredJson.Options, new Dictionary<string, object> { ["Summary"] = summaryJson });
        var writes = new List<RowWrite> { _etag is null ? RowWrite.Insert(_stateKey, stateRow) : RowWrite.Replace(_stateKey, stateRow, _etag) };

        var viewKey = ViewKey(state);
        if (_viewKey is not null && _viewKey != viewKey)
        {
            writes.Add(RowWrite.Delete(_viewKey));
        }

        writes.Add(RowWrite.Upsert(viewKey, ReferralViewRow.Properties(summary, summaryJson)));

        var windowKey = WindowKey(state);
        if (_windowKey is not null && _windowKey != windowKey)
        {
            writes.Add(RowWrite.Delete(_windowKey));
            if (windowKey is null)
            {
                writes.Add(RowWrite.Upsert(RowKeys.Queued(RespondedQueue, state.Id), new Dictionary<string, object>
                {
                    ["Substatus"] = state.Substatus.ToString(),
                    ["ResponseTicks"] = Math.Max(0, (state.UpdatedAt - state.CreatedAt).Ticks),
                }));
            }
        }

        if (windowKey is not null && windowKey != _windowKey)
        {
            writes.Add(RowWrite.Upsert(windowKey, new Dictionary<string, object> { ["ReferralId"] = state.Id }));
        }

        var etags = await store.SubmitAsync(PartitionKey, writes, cancellationToken);
        _etag = etags[0];
        _viewKey = viewKey;
        _windowKey = windowKey;
    }

    /// <summary>Whether <paramref name="userId"/> marked this referral (R32); the desk writes the marks in the same partition.</summary>
    public async Task<bool> IsFavoriteAsync(string userId, CancellationToken cancellationToken = default) =>
        await store.ReadAsync(PartitionKey, RowKeys.Favorite(userId, owner.ReferralId), cancellationToken) is not null;

    private static string ViewKey(ReferralState state) => RowKeys.View(state.UpdatedAt, state.Id);

    private static string? WindowKey(ReferralState state) =>
        state.Direction == ReferralDirection.Incoming && state.Substatus == Substatus.Received && state.ExpirationDateTime is { } deadline
            ? RowKeys.Window(deadline, state.Id)
            : null;
}
