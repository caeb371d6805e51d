using CoSell.Grains.Desks;
using CoSell.Grains.Directory;
using CoSell.Grains.Live;
using CoSell.Grains.Domain;
using CoSell.Grains.Notifications;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Engagements;

/// <summary>
/// An engagement's shared notes (<see cref="EngagementNotes"/>) as rows of its partition, oldest first. A note is
/// written with a <c>note</c> relay in one batch, then every other party is told (a notification to its outbox,
/// idempotent by id) and the relay deleted; the partition owner's desk finishes a relay a crash left.
/// </summary>
public sealed class EngagementNoteRows(IGrainFactory grains, IPartitionStore store, ReferralOwner owner)
{
    public const string RelayQueue = "note";

    private readonly string _partition = PartitionKeys.Of(owner);

    /// <summary>The last note's key time: notes written in the same instant still sort in the order they were written.</summary>
    private long? _lastTicks;

    public async Task<IReadOnlyList<EngagementNote>> ReadAsync(string organizationId) =>
        [.. (await ReadRowsAsync()).Select(r => StoredJson.Deserialize<EngagementNote>(r.GetString("Note"))).Where(n => EngagementNotes.IsFor(n, organizationId))];

    private Task<List<StoredRow>> ReadRowsAsync() => store.ReadAllAsync(_partition, RowKeys.Notes(owner.ReferralId));

    /// <summary>Store the note (with its relay), then tell the other parties of <paramref name="engagement"/>.</summary>
    public async Task AppendAsync(EngagementNote note, string referralName, EngagementView engagement)
    {
        // The relay is carried out by the partition owner's desk if this silo dies after the write: its reminder first.
        await Desks.Desks.For(grains, owner.OrganizationId, owner.SellerId).ExpectPublication();
        var json = StoredJson.Serialize(note);
        _lastTicks ??= (await ReadRowsAsync()).Select(r => RowKeys.NoteTicks(r.RowKey)).DefaultIfEmpty(0).Max();
        var ticks = Math.Max(note.At.UtcTicks, _lastTicks.Value + 1);
        await store.SubmitAsync(_partition,
        [
            RowWrite.Insert(RowKeys.Note(owner.ReferralId, ticks, note.Id), new Dictionary<string, object> { ["Note"] = json }),
            RowWrite.Insert(RowKeys.Queued(RelayQueue, note.Id), new Dictionary<string, object> { ["Note"] = json, ["ReferralName"] = referralName, ["EngagementId"] = owner.ReferralId }),
        ]);
        _lastTicks = ticks;
        LiveNotes.Tell(grains, note, engagement);
        await NotifyAsync(note, referralName, engagement);
    }

    /// <summary>Tell the parties of the notes whose relays are still in the partition (a crash came between).</summary>
    public async Task FinishAsync(EngagementView engagement)
    {
        var (from, to) = RowKeys.Queue(RelayQueue);
        var pending = await store.QueryAsync(_partition, from, to, 100);
        foreach (var row in pending.Rows)
        {
            await NotifyAsync(StoredJson.Deserialize<EngagementNote>(row.GetString("Note")), row.GetString("ReferralName"), engagement);
        }
    }

    private async Task NotifyAsync(EngagementNote note, string name, EngagementView engagement)
    {
        var parties = engagement.Participants.Where(p => p.OrganizationId != note.OrganizationId && EngagementNotes.IsFor(note, p.OrganizationId)).ToList();
        var partners = await grains.GetGrain<IPartnerDirectoryRecords>(DirectoryKeys.Default).Get([.. parties.Select(p => p.OrganizationId).Where(o => o != Organizations.Microsoft)]);
        var seller = engagement.Microsoft.SellerId is { } sellerId ? (await grains.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Profiles([sellerId])).SingleOrDefault() : null;
        await Task.WhenAll(parties.Select(party =>
        {
            var microsoft = party.OrganizationId == Organizations.Microsoft;
            // Microsoft's side is told through the seller of the latest request only (the card's), not each earlier one.
            if (microsoft && party.ReferralId != engagement.Microsoft.ReferralId)
            {
                return Task.CompletedTask;
            }

            IReadOnlyList<string> recipients = microsoft
                ? seller is null ? [] : [seller.Email]
                : partners.FirstOrDefault(p => p.Id == party.OrganizationId)?.ReferralAdminEmails ?? [];
            var notice = EngagementNotes.Notice(note, owner.ReferralId, party.OrganizationId, microsoft ? engagement.Microsoft.SellerId : null, party.ReferralId,
                name, recipients);
            return grains.GetGrain<INotificationQueue>(ReferralKeys.Owner(party.OrganizationId, notice.SellerId)).Enqueue(notice);
        }));
        try
        {
            await store.SubmitAsync(_partition, [RowWrite.Delete(RowKeys.Queued(RelayQueue, note.Id))]);
        }
        catch (PartitionWriteConflict)
        {
            // Deleted already: the desk's recovery and this call both carried the relay out (notifications are idempotent).
        }
    }
}
