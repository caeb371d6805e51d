using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// The transactional outbox of a desk's partition: a relay row is written in the same transaction as the
/// change that causes it — an invitation to deliver to another organization, a new referral's publication — and is
/// carried out by the desk, idempotently, then deleted. Deletes are gathered and written a batch at a time: a relay
/// left behind by a crash is carried out again, which changes nothing.
/// </summary>
public sealed class DeskRelays(IPartitionStore store, string partitionKey)
{
    /// <summary>Invitations to deliver: one row per create (or per invitation after creation) listing the inbound referrals they must become.</summary>
    public const string DeliverQueue = "deliver";

    /// <summary>Co-sell requests an Operator assigned to another seller, not yet moved there (R4).</summary>
    public const string MoveQueue = "move";

    /// <summary>New referrals whose publication (webhooks, notifications) the desk owes.</summary>
    public const string PublishQueue = "publish";

    /// <summary>How many finished relays wait before their deletes are written.</summary>
    private const int FlushAt = 48;

    private readonly List<string> _done = [];

    /// <summary>Finished relays whose rows are not deleted yet.</summary>
    public bool HasDone => _done.Count > 0;

    public bool ShouldFlush => _done.Count >= FlushAt;

    /// <summary>
    /// The relay of <paramref name="relayId"/> (the created referral's id, or the invitation's inbound id): which of
    /// <paramref name="referralId"/>'s invitations to deliver, by inbound id. The invitations themselves are in the
    /// referral's state row of the same transaction, so the relay names them rather than repeating them. Inserted, as
    /// every relay is: its key is new with the change that writes it, whose state row's condition guards a repeat.
    /// </summary>
    public static RowWrite Deliver(string referralId, string relayId, IEnumerable<string> inboundIds) =>
        RowWrite.Insert(RowKeys.Queued(DeliverQueue, relayId), new Dictionary<string, object>
        {
            ["RelayId"] = relayId,
            ["ReferralId"] = referralId,
            ["Invitees"] = StoredJson.Serialize(inboundIds.ToList()),
        });

    /// <summary>
    /// A referral's publication, with the notifications it owes: a new referral's (no version), or a change's written by
    /// the referral itself (one row per version, so a later change never overwrites a relay not yet carried out).
    /// </summary>
    public static RowWrite Publish(string referralId, IReadOnlyList<Notification> notifications, long? version = null) =>
        RowWrite.Insert(PublishKey(referralId, version), new Dictionary<string, object>
        {
            ["ReferralId"] = referralId,
            ["Notifications"] = StoredJson.Serialize(notifications),
        });

    /// <summary>
    /// An assignment the referral wrote down with the target in its state: the desk's recovery finishes it if the
    /// referral's silo dies first. The referral deletes it with its own rows once the request is in the target's desk.
    /// </summary>
    public static RowWrite Move(string referralId) =>
        RowWrite.Insert(MoveKey(referralId), new Dictionary<string, object> { ["ReferralId"] = referralId });

    public static string MoveKey(string referralId) => RowKeys.Queued(MoveQueue, referralId);

    /// <summary>The engagements of this partition with notes whose parties were not all told (issue 16, point 4).</summary>
    public async Task<IReadOnlyList<string>> PendingNoteEngagementsAsync() =>
        [.. (await PendingAsync(Engagements.EngagementNoteRows.RelayQueue)).Select(r => r.GetString("EngagementId")).Distinct(StringComparer.Ordinal)];

    /// <summary>The referrals with an assignment to finish.</summary>
    public async Task<IReadOnlyList<string>> PendingMovesAsync() => [.. (await PendingAsync(MoveQueue)).Select(r => r.GetString("ReferralId"))];

    /// <summary>Every unfinished delivery relay in the partition (not those finished by this activation and awaiting delete).</summary>
    public async Task<IReadOnlyList<DeliveryRelay>> PendingDeliveriesAsync() =>
        [.. (await PendingAsync(DeliverQueue)).Select(r => new DeliveryRelay(r.GetString("RelayId"), r.GetString("ReferralId"), StoredJson.Deserialize<List<string>>(r.GetString("Invitees"))))];

    /// <summary>Every publication still owed: its relay row, the referral and the notifications.</summary>
    public async Task<IReadOnlyList<(string RowKey, string ReferralId, IReadOnlyList<Notification> Notifications)>> PendingPublicationsAsync() =>
        [.. (await PendingAsync(PublishQueue)).Select(r => (r.RowKey, r.GetString("ReferralId"), (IReadOnlyList<Notification>)StoredJson.Deserialize<List<Notification>>(r.GetString("Notifications"))))];

    /// <summary>The delivery relays <paramref name="referralId"/>'s create or invitations left unfinished.</summary>
    public async Task<IReadOnlyList<DeliveryRelay>> PendingDeliveriesOfAsync(string referralId) =>
        [.. (await PendingDeliveriesAsync()).Where(r => r.ReferralId == referralId)];

    public void Delivered(string relayId) => _done.Add(RowKeys.Queued(DeliverQueue, relayId));

    public void Published(string referralId, long? version = null) => _done.Add(PublishKey(referralId, version));

    /// <summary>A relay carried out, by its row key.</summary>
    public void Finished(string rowKey) => _done.Add(rowKey);

    private static string PublishKey(string referralId, long? version) =>
        RowKeys.Queued(PublishQueue, version is null ? referralId : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{referralId}@{version:D19}"));

    /// <summary>Delete the finished relays' rows, up to a batch at a time.</summary>
    public async Task FlushAsync()
    {
        while (_done.Count > 0)
        {
            var batch = _done.Distinct(StringComparer.Ordinal).Take(IPartitionStore.MaxBatch).ToList();
            try
            {
                await store.SubmitAsync(partitionKey, [.. batch.Select(k => RowWrite.Delete(k))]);
            }
            catch (PartitionWriteConflict conflict) when (conflict.Kind == PartitionConflictKind.Missing)
            {
                // Deleted already (a recovery that ran meanwhile): delete the others one by one.
                foreach (var key in batch.Where(k => k != conflict.RowKey))
                {
                    try
                    {
                        await store.SubmitAsync(partitionKey, [RowWrite.Delete(key)]);
                    }
                    catch (PartitionWriteConflict)
                    {
                    }
                }
            }

            _done.RemoveAll(batch.Contains);
        }
    }

    private async Task<List<StoredRow>> PendingAsync(string queue) =>
        [.. (await store.ReadAllAsync(partitionKey, RowKeys.Queue(queue))).Where(r => !_done.Contains(r.RowKey))];
}
