using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Notifications;

/// <summary>
/// An owner's durable notification outbox (R34), keyed by owner (<see cref="ReferralKeys.Owner"/>): its notifications
/// are rows of the owner's partition (<see cref="NotificationRows"/>). A change in that partition records its own
/// notifications in its own transaction; others arrive through <see cref="Enqueue"/>, idempotent by notification id.
/// Sending drains the mail queue in order, one mail per notification to the recipients that have not opted out; a
/// failed send is retried with doubling delays, and the <c>outbox-drain</c> reminder brings the outbox back after a
/// crash while anything is unsent. Delivery is at least once: a mail is marked sent only after the server took it.
/// </summary>
public sealed partial class NotificationOutboxGrain(
    IPartitionStore partitions,
    IEmailSender sender,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    Observability.CoSellMetrics metrics,
    ILogger<NotificationOutboxGrain> logger) : Grain, INotificationOutboxGrain, INotificationQueue, IRemindable
{
    public const string DrainReminderName = "outbox-drain";

    /// <summary>How many notifications a read of the log returns (the newest).</summary>
    public const int Listed = 100;

    /// <summary>How many queued mails one read of the queue takes.</summary>
    private const int MailBatch = 16;

    private string _partition = "";
    private IGrainTimer? _drainTimer;
    private bool _draining;
    private bool _queuedWhileDraining;
    private DrainReminder? _reminder;

    private DrainReminder Reminder => _reminder ??= new DrainReminder(this, DrainReminderName, TimeSpan.FromMinutes(5));

    private bool Sending => options.Value.Enabled;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var owner = ReferralKeys.ParseOwner(this.GetPrimaryKeyString());
        _partition = PartitionKeys.Owner(owner.OrganizationId, owner.SellerId);
        if (Sending)
        {
            ScheduleDrain(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task Enqueue(Notification notification)
    {
        try
        {
            await partitions.SubmitAsync(_partition, [.. NotificationRows.Inserts(notification, Sending)]);
        }
        catch (PartitionWriteConflict conflict) when (conflict.Kind == PartitionConflictKind.Exists)
        {
            // Recorded before (a retried publication): nothing new.
            return;
        }

        await MailQueued();
    }

    public async Task MailQueued()
    {
        if (!Sending)
        {
            return;
        }

        await Reminder.EnsureAsync();
        if (_draining)
        {
            // The running drain may already have found the queue empty: it looks again before it stops.
            _queuedWhileDraining = true;
        }
        else
        {
            ScheduleDrain(TimeSpan.Zero);
        }
    }

    public async Task<IReadOnlyList<Notification>> List(Actor actor) =>
        [.. (await Latest()).Where(i => i.Notification.IsVisibleTo(actor)).Select(i => i.Notification)];

    public async Task<IReadOnlyList<NotificationDelivery>> GetDeliveries(Actor actor) =>
        [.. (await Latest()).Where(i => i.Notification.IsVisibleTo(actor))
            .Select(i => new NotificationDelivery(i.Notification.Id, i.SentAt, i.Attempts, i.LastError, i.SentTo.ToArray(), i.FailedAt))];

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DrainReminderName)
        {
            return;
        }

        if (!Sending || (await QueuedMail()).Count == 0)
        {
            await Reminder.RemoveAsync();
            return;
        }

        if (!_draining)
        {
            ScheduleDrain(TimeSpan.Zero);
        }
    }

    /// <summary>The newest notifications, oldest first.</summary>
    private async Task<List<OutboxItem>> Latest()
    {
        var (from, to) = RowKeys.Notifications;
        var rows = await partitions.QueryAsync(_partition, from, to, Listed);
        return [.. rows.Rows.Select(NotificationRows.Read).Reverse()];
    }

    private async Task<IReadOnlyList<StoredRow>> QueuedMail()
    {
        var (from, to) = RowKeys.Queue(NotificationRows.MailQueue);
        return (await partitions.QueryAsync(_partition, from, to, MailBatch)).Rows;
    }

    /// <summary>
    /// Send due mails, oldest first. A mail the server refuses (<see cref="MailRejectedException"/>) waits for its own
    /// retry, or fails for good, while the rest go on: no notification blocks another (R34). Any other failure means
    /// the server is unreachable: the drain stops and comes back when the first retry is due.
    /// </summary>
    private async Task Drain()
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (true)
            {
                _queuedWhileDraining = false;
                var queued = await QueuedMail();
                if (queued.Count == 0)
                {
                    await Reminder.RemoveAsync();
                    if (_queuedWhileDraining)
                    {
                        // A mail was queued while the reminder was being removed: set it again and drain on.
                        await Reminder.EnsureAsync();
                        continue;
                    }

                    ReportDepth(0);
                    return;
                }

                ReportDepth(queued.Count);
                var now = clock.GetUtcNow();
                var due = queued.Select(r => (Row: r, Item: NotificationRows.Read(r))).Where(q => q.Item.NextAttemptAt is null || q.Item.NextAttemptAt <= now).ToList();
                if (due.Count == 0)
                {
                    ScheduleDrain(Until(queued.Select(r => NotificationRows.Read(r).NextAttemptAt).Min()));
                    return;
                }

                foreach (var (row, item) in due)
                {
                    if (!await Send(row, item))
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            _draining = false;
        }
    }

    /// <summary>Send one mail and record the outcome; false when the server is unreachable and the drain must stop.</summary>
    private async Task<bool> Send(StoredRow queued, OutboxItem item)
    {
        var recipients = await GrainFactory.GetGrain<IRecipientFilter>(DirectoryKeys.Default)
            .Filter([.. item.Notification.Recipients.Distinct(StringComparer.OrdinalIgnoreCase)]);
        try
        {
            if (recipients.Count > 0)
            {
                await sender.SendAsync(item.Notification, recipients, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            return await RecordFailure(queued, item, ex);
        }

        // Sent. If recording that fails, the failure stops the drain and the queue row stays: the reminder sends the
        // mail again (at least once), and nothing shows it sent until it is recorded.
        item.SentAt = clock.GetUtcNow();
        item.SentTo = [.. recipients];
        item.Attempts++;
        item.LastError = null;
        item.NextAttemptAt = null;
        await Finish(queued, item);
        return true;
    }

    /// <summary>Record a failed send; true when the drain may go on with the next mail.</summary>
    private async Task<bool> RecordFailure(StoredRow queued, OutboxItem item, Exception ex)
    {
        var now = clock.GetUtcNow();
        item.Attempts++;
        item.LastError = $"{ex.GetType().Name}: {ex.Message}";
        var rejected = ex as MailRejectedException;
        if (rejected?.Permanent == true || item.Attempts >= options.Value.MaxAttempts)
        {
            item.FailedAt = now;
            item.NextAttemptAt = null;
            metrics.NotificationsFailed.Add(1);
            LogGaveUp(ex, this.GetPrimaryKeyString(), item.Notification.Id, item.Attempts);
            await Finish(queued, item);
            return true;
        }

        var delay = RetrySchedule.Delay(item.Attempts, options.Value.RetryDelay, options.Value.MaxRetryDelay);
        item.NextAttemptAt = now + delay;
        LogSendFailed(ex, this.GetPrimaryKeyString(), item.Notification.Id, item.Attempts, delay);
        var properties = NotificationRows.Properties(item);
        await partitions.SubmitAsync(_partition,
            [RowWrite.Replace(queued.RowKey, properties, queued.ETag), RowWrite.Upsert(NotificationRows.LogKey(item.Notification), properties)]);
        if (rejected is not null)
        {
            return true;
        }

        ScheduleDrain(delay);
        return false;
    }

    /// <summary>Sent or given up: the log row shows the outcome and the queue row goes, in one transaction.</summary>
    private Task Finish(StoredRow queued, OutboxItem item) =>
        partitions.SubmitAsync(_partition,
            [RowWrite.Delete(queued.RowKey, queued.ETag), RowWrite.Upsert(NotificationRows.LogKey(item.Notification), NotificationRows.Properties(item))]);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        ReportDepth(0);
        return Task.CompletedTask;
    }

    private void ReportDepth(int depth) => metrics.OutboxDepth(this.GetPrimaryKeyString(), Sending ? depth : 0);

    private TimeSpan Until(DateTimeOffset? moment)
    {
        var wait = (moment ?? DateTimeOffset.MinValue) - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private void ScheduleDrain(TimeSpan due)
    {
        _drainTimer?.Dispose();
        // Interleaving: recording new notifications never waits behind a slow mail server.
        _drainTimer = this.RegisterGrainTimer(Drain, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Owner}: notification {NotificationId} failed for good after {Attempts} attempts; later notifications go on")]
    private partial void LogGaveUp(Exception exception, string owner, string notificationId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Owner}: sending notification {NotificationId} failed (attempt {Attempts}); retrying in {Delay}")]
    private partial void LogSendFailed(Exception exception, string owner, string notificationId, int attempts, TimeSpan delay);
}
