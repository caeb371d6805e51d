using CoSell.Grains.Domain;
using CoSell.Grains.Notifications;
using CoSell.Grains.Observability;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk receiving an invitation (R18): the inbound referral's state, view and window rows, its notifications to
/// this desk's own partition, and a publication relay for whatever crosses partitions, in one insert-if-absent
/// transaction, so a repeated delivery changes nothing and the referral grain need not activate.
/// </summary>
public sealed class DeskInbound(
    IGrainFactory grains, IPartitionStore partitions, (string OrganizationId, string? SellerId) owner, ResponseWindows windows,
    ReferralPublisher publisher, DeskRelays relays, bool mailing, TimeProvider clock, CoSellMetrics metrics)
{
    private readonly string _partition = PartitionKeys.Owner(owner.OrganizationId, owner.SellerId);

    /// <param name="draft">The invitation to store as this desk's inbound referral.</param>
    /// <param name="window">How long the invitee has to answer (R21, R22).</param>
    /// <param name="engagement">The engagement as the sender left it, showing this receipt; null: report it.</param>
    /// <param name="beforeRelay">Runs before a publication relay is written (the desk's recovery reminder).</param>
    public async Task ReceiveAsync(InboundReferralDraft draft, TimeSpan window, EngagementView? engagement, Func<Task> beforeRelay)
    {
        var now = clock.GetUtcNow();
        var state = new ReferralState();
        InboundResponse.Receive(state, draft, now + window, now);
        await StoreAsync(state, engagement, beforeRelay);
    }

    /// <summary>
    /// Store <paramref name="state"/> as this desk's new inbound referral: a receipt, or a co-sell request an Operator
    /// <paramref name="moved"/> here from another seller's desk (R4), which keeps its deadline. Insert-if-absent.
    /// </summary>
    public async Task StoreAsync(ReferralState state, EngagementView? engagement, Func<Task> beforeRelay, bool moved = false)
    {
        // Notifications to this partition are rows of the same transaction; others, and everything else the receipt owes
        // (its change-feed entry, its engagement report when the sender did not make it, webhooks), a publication relay.
        var local = state.PendingNotifications.Where(n => NotificationRows.PartitionOf(n) == _partition).ToList();
        var remote = state.PendingNotifications.Except(local).ToList();
        state.PendingNotifications.Clear();
        state.PublishedVersion = state.Version;
        var writes = ReferralRows.Inserts(state);
        writes.AddRange(local.SelectMany(n => NotificationRows.Inserts(n, mailing)));
        writes.Add(DeskRelays.Publish(state.Id, remote));
        await beforeRelay();

        try
        {
            await partitions.SubmitAsync(_partition, writes);
        }
        catch (PartitionWriteConflict conflict) when (conflict.Kind == PartitionConflictKind.Exists && conflict.WriteIndex == 0)
        {
            // Delivered before (a retried delivery): only make sure its window has its reminder, as below.
            await windows.ScheduleAsync(state.CreatedAt, state.ExpirationDateTime!.Value);
            return;
        }

        // The reminder after the window row is written: a tick that runs meanwhile either sees the row or leaves the
        // reminder as this call then finds it (both hold the windows' lock), so no window is left without its reminder.
        // A crash between the two is covered by the recovery reminder set above: the desk's next activation schedules
        // its earliest window.
        await windows.ScheduleAsync(state.CreatedAt, state.ExpirationDateTime!.Value);

        if (!moved)
        {
            metrics.Received.Add(1);
        }

        if (local.Count > 0 && mailing)
        {
            _ = grains.GetGrain<INotificationQueue>(ReferralKeys.Owner(owner.OrganizationId, owner.SellerId)).MailQueued();
        }

        await publisher.PublishAsync(state, state.Version, statusChanged: true, remote, engagement);
        relays.Published(state.Id);
    }
}
