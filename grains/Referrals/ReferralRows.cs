using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A referral's rows in its owner's partition: its state, its view row (R32, R33) and, while it waits for an answer,
/// its response window (R21, R22); the answer leaves a row for the owner desk's responsiveness figures (R37), and a move
/// of its insight point a delta for the owner's insights (<see cref="InsightRows"/>), and while it is open a row under its
/// customer (<see cref="CustomerDealRow"/>, written when it opens or changes) so a new deal for that customer finds it. A change
/// writes all of them in one batch, conditional on the state row's ETag: a crash leaves all of a change or none, and a
/// second activation holding older state (during a silo failover) cannot overwrite newer state.
/// </summary>
public sealed class ReferralRows(IPartitionStore store, ReferralOwner owner)
{
    /// <summary>The queue of answered inbound referrals the owner desk counts (R37).</summary>
    public const string RespondedQueue = "responded";

    private readonly string _stateKey = RowKeys.State(owner.ReferralId);
    private string? _etag;
    private StoredShape? _stored;

    public string PartitionKey { get; } = PartitionKeys.Of(owner);

    public ReferralState State { get; private set; } = new();

    /// <summary>Read the state row; a referral without one does not exist (yet).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var row = await store.ReadAsync(PartitionKey, _stateKey, cancellationToken);
        State = row is null ? new ReferralState() : ChunkedJson.Read<ReferralState>(row, StoredJson.Options);
        _etag = row?.ETag;
        _stored = row is null ? null : StoredShape.Of(State);
    }

    /// <summary>
    /// The writes that store a new referral (its state, view and window rows), for a desk that creates or receives
    /// one in a transaction of its own: insert-if-absent, so a repeated create or delivery changes nothing.
    /// </summary>
    public static List<RowWrite> Inserts(ReferralState state) => Writes(state, etag: null, stored: null);

    /// <summary>Write the current state, its view row and its window as one batch, with <paramref name="alongside"/> (relays).</summary>
    public async Task WriteAsync(IReadOnlyList<RowWrite>? alongside = null, CancellationToken cancellationToken = default)
    {
        var writes = Writes(State, _etag, _stored);
        writes.AddRange(alongside ?? []);
        var etags = await store.SubmitAsync(PartitionKey, writes, cancellationToken);
        _etag = etags[0];
        _stored = StoredShape.Of(State);
    }

    /// <summary>
    /// Delete this referral's rows (state, view, window, customer) with <paramref name="alongside"/>, as one batch
    /// conditional on the state row's ETag: the referral moved to another owner's partition (an Operator's assignment, R4).
    /// </summary>
    public async Task DeleteAsync(IReadOnlyList<RowWrite> alongside, CancellationToken cancellationToken = default)
    {
        var stored = _stored ?? StoredShape.Of(State);
        var writes = new List<RowWrite> { RowWrite.Delete(_stateKey, _etag) };
        writes.AddRange(new[] { stored.ViewKey, stored.WindowKey }.OfType<string>().Select(key => RowWrite.Delete(key)));
        if (stored.CustomerKey is { } customer)
        {
            writes.Add(RowWrite.Delete(customer));
        }

        if (InsightRows.Removal(State, stored.InsightPoint) is { } removal)
        {
            writes.Add(removal);
        }

        writes.AddRange(alongside);
        await store.SubmitAsync(PartitionKey, writes, cancellationToken);
        State = new ReferralState();
        (_etag, _stored) = (null, null);
    }

    private static List<RowWrite> Writes(ReferralState state, string? etag, StoredShape? stored)
    {
        // First: it records on the state whether the customer row is stored, and the state row carries that.
        var customer = CustomerDealRow.Changes(state, stored);
        var shape = StoredShape.Of(state);
        var summary = ReferralProjection.ToSummary(state);
        var summaryJson = StoredJson.Serialize(summary);
        var stateKey = RowKeys.State(state.Id);
        var stateRow = ChunkedJson.Write(state, StoredJson.Options);
        var writes = new List<RowWrite> { etag is null ? RowWrite.Insert(stateKey, stateRow) : RowWrite.Replace(stateKey, stateRow, etag) };

        if (stored is not null && stored.ViewKey != shape.ViewKey)
        {
            writes.Add(RowWrite.Delete(stored.ViewKey));
        }

        // A view or window row under a key not stored yet is inserted: a row the batch expects to be new that exists
        // fails the batch as the state row's condition would, and the emulator checks an insert once, an upsert twice.
        var view = ReferralViewRow.Properties(summary, summaryJson);
        writes.Add(stored?.ViewKey == shape.ViewKey ? RowWrite.Upsert(shape.ViewKey, view) : RowWrite.Insert(shape.ViewKey, view));

        if (stored?.WindowKey is { } oldWindow && oldWindow != shape.WindowKey)
        {
            writes.Add(RowWrite.Delete(oldWindow));
            if (shape.WindowKey is null)
            {
                writes.Add(RowWrite.Upsert(RowKeys.Queued(RespondedQueue, state.Id), new Dictionary<string, object>
                {
                    ["Substatus"] = state.Substatus.ToString(),
                    ["ResponseTicks"] = Math.Max(0, (state.UpdatedAt - state.CreatedAt).Ticks),
                }));
            }
        }

        if (shape.WindowKey is { } newWindow && (newWindow != stored?.WindowKey || shape.WarnedBefore != stored?.WarnedBefore))
        {
            // Tenant and name ride along so the owner's insights list what expires without reading each referral (R2);
            // the warning given so far, so the desk's tick asks only referrals a warning is due for.
            var window = WindowRow.Properties(state);
            writes.Add(newWindow == stored?.WindowKey ? RowWrite.Upsert(newWindow, window) : RowWrite.Insert(newWindow, window));
        }

        writes.AddRange(customer);

        if (InsightRows.Delta(state, stored?.InsightPoint) is { } delta)
        {
            writes.Add(delta);
        }

        return writes;
    }

    /// <summary>Whether <paramref name="userId"/> marked this referral (R32); the desk writes the marks in the same partition.</summary>
    public async Task<bool> IsFavoriteAsync(string userId, CancellationToken cancellationToken = default) =>
        await store.ReadAsync(PartitionKey, RowKeys.Favorite(userId, owner.ReferralId), cancellationToken) is not null;
}
