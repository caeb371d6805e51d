using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A referral's rows in its owner's partition: its state, its view row (R32, R33) and, while it waits for an answer,
/// its response window (R21, R22); the answer leaves a row for the owner desk's responsiveness figures (R37), and a move
/// of its insight point a delta for the owner's insights (<see cref="InsightRows"/>). A change
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
    private TimeSpan? _warnedBefore;
    private InsightPoint? _insightPoint;

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
        _warnedBefore = State.WarnedBefore;
        _insightPoint = row is null ? null : InsightPoint.Of(State);
    }

    /// <summary>
    /// The writes that store a new referral (its state, view and window rows), for a desk that creates or receives
    /// one in a transaction of its own: insert-if-absent, so a repeated create or delivery changes nothing.
    /// </summary>
    public static List<RowWrite> Inserts(ReferralState state) => Writes(state, etag: null, viewKey: null, windowKey: null, warnedBefore: null, insightPoint: null);

    /// <summary>Write the current state, its view row and its window as one batch, with <paramref name="alongside"/> (relays).</summary>
    public async Task WriteAsync(IReadOnlyList<RowWrite>? alongside = null, CancellationToken cancellationToken = default)
    {
        var writes = Writes(State, _etag, _viewKey, _windowKey, _warnedBefore, _insightPoint);
        writes.AddRange(alongside ?? []);
        var etags = await store.SubmitAsync(PartitionKey, writes, cancellationToken);
        _etag = etags[0];
        _viewKey = ViewKey(State);
        _windowKey = WindowKey(State);
        _warnedBefore = State.WarnedBefore;
        _insightPoint = InsightPoint.Of(State);
    }

    /// <summary>
    /// Delete this referral's rows (state, view, window) with <paramref name="alongside"/>, as one batch conditional on
    /// the state row's ETag: the referral moved to another owner's partition (an Operator's assignment, R4).
    /// </summary>
    public async Task DeleteAsync(IReadOnlyList<RowWrite> alongside, CancellationToken cancellationToken = default)
    {
        var writes = new List<RowWrite> { RowWrite.Delete(_stateKey, _etag) };
        writes.AddRange(new[] { _viewKey, _windowKey }.OfType<string>().Select(key => RowWrite.Delete(key)));
        if (InsightRows.Removal(State, _insightPoint) is { } removal)
        {
            writes.Add(removal);
        }

        writes.AddRange(alongside);
        await store.SubmitAsync(PartitionKey, writes, cancellationToken);
        State = new ReferralState();
        (_etag, _viewKey, _windowKey, _warnedBefore, _insightPoint) = (null, null, null, null, null);
    }

    private static List<RowWrite> Writes(ReferralState state, string? etag, string? viewKey, string? windowKey, TimeSpan? warnedBefore, InsightPoint? insightPoint)
    {
        var summary = ReferralProjection.ToSummary(state);
        var summaryJson = StoredJson.Serialize(summary);
        var stateKey = RowKeys.State(state.Id);
        var stateRow = ChunkedJson.Write(state, StoredJson.Options);
        var writes = new List<RowWrite> { etag is null ? RowWrite.Insert(stateKey, stateRow) : RowWrite.Replace(stateKey, stateRow, etag) };

        var newViewKey = ViewKey(state);
        if (viewKey is not null && viewKey != newViewKey)
        {
            writes.Add(RowWrite.Delete(viewKey));
        }

        // A view or window row under a key not stored yet is inserted: a row the batch expects to be new that exists
        // fails the batch as the state row's condition would, and the emulator checks an insert once, an upsert twice.
        var view = ReferralViewRow.Properties(summary, summaryJson);
        writes.Add(viewKey == newViewKey ? RowWrite.Upsert(newViewKey, view) : RowWrite.Insert(newViewKey, view));

        var newWindowKey = WindowKey(state);
        if (windowKey is not null && windowKey != newWindowKey)
        {
            writes.Add(RowWrite.Delete(windowKey));
            if (newWindowKey is null)
            {
                writes.Add(RowWrite.Upsert(RowKeys.Queued(RespondedQueue, state.Id), new Dictionary<string, object>
                {
                    ["Substatus"] = state.Substatus.ToString(),
                    ["ResponseTicks"] = Math.Max(0, (state.UpdatedAt - state.CreatedAt).Ticks),
                }));
            }
        }

        if (newWindowKey is not null && (newWindowKey != windowKey || state.WarnedBefore != warnedBefore))
        {
            // Tenant and name ride along so the owner's insights list what expires without reading each referral (R2);
            // the warning given so far, so the desk's tick asks only referrals a warning is due for.
            var window = WindowRow.Properties(state);
            writes.Add(newWindowKey == windowKey ? RowWrite.Upsert(newWindowKey, window) : RowWrite.Insert(newWindowKey, window));
        }

        if (InsightRows.Delta(state, insightPoint) is { } delta)
        {
            writes.Add(delta);
        }

        return writes;
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
