using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Notifications;

/// <summary>
/// An organization's durable notification outbox (R34). Recording is idempotent by notification id and returns
/// once written, so the referral workflow never waits on mail. Sending drains the outbox in order, one mail per
/// notification to the recipients that have not opted out; a failed send is retried with doubling delays, and
/// the <c>outbox-drain</c> reminder brings the outbox back after a crash while anything is unsent. Delivery is
/// at least once: a mail is marked sent only after the server took it.
/// </summary>
public sealed partial class NotificationOutboxGrain(
    [PersistentState("outbox", StorageNames.Default)] IPersistentState<OutboxState> store,
    IEmailSender sender,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    Observability.CoSellMetrics metrics,
    ILogger<NotificationOutboxGrain> logger) : Grain, INotificationOutboxGrain, IRemindable
{
    public const string DrainReminderName = "outbox-drain";

    private readonly CoalescingStateWriter<OutboxState> _writer = new(store);
    private IGrainTimer? _drainTimer;
    private bool _draining;
    private DrainReminder? _reminder;

    private DrainReminder Reminder => _reminder ??= new DrainReminder(this, DrainReminderName, TimeSpan.FromMinutes(5));

    private OutboxState State => store.State;

    private bool Sending => options.Value.Enabled;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Sending && State.NextPending() is { } pending)
        {
            ScheduleDrain(Until(pending.NextAttemptAt));
        }

        return Task.CompletedTask;
    }

    public async Task Enqueue(Notification notification)
    {
        if (State.Seen(notification.Id))
        {
            return;
        }

        State.Add(notification);
        if (!Sending)
        {
            State.TrimUnsent(OutboxState.KeepDelivered);
        }

        await _writer.WriteAsync();
        ReportDepth();
        if (Sending)
        {
            await Reminder.EnsureAsync();
            if (!_draining && State.Items.All(i => i.SentAt is not null || i.NextAttemptAt is null))
            {
                ScheduleDrain(TimeSpan.Zero);
            }
        }
    }

    public Task<IReadOnlyList<Notification>> List() => Task.FromResult<IReadOnlyList<Notification>>([.. State.Items.Select(i => i.Notification)]);

    public Task<IReadOnlyList<NotificationDelivery>> GetDeliveries() =>
        Task.FromResult<IReadOnlyList<NotificationDelivery>>([.. State.Items.Select(i => new NotificationDelivery(i.Notification.Id, i.SentAt, i.Attempts, i.LastError, i.SentTo.ToArray()))]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DrainReminderName)
        {
            return;
        }

        if (!Sending || State.NextPending() is null)
        {
            await Reminder.RemoveAsync();
            return;
        }

        if (!_draining && State.NextPending() is { } pending && Until(pending.NextAttemptAt) <= TimeSpan.Zero)
        {
            ScheduleDrain(TimeSpan.Zero);
        }
    }

    /// <summary>Send pending mails in order until one fails or none is left.</summary>
    private async Task Drain()
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (State.NextPending() is { } item)
            {
                if (Until(item.NextAttemptAt) > TimeSpan.Zero)
                {
                    ScheduleDrain(Until(item.NextAttemptAt));
                    return;
                }

                var recipients = await GrainFactory.GetGrain<IContactPreferencesGrain>(DirectoryKeys.Default)
                    .Filter([.. item.Notification.Recipients.Distinct(StringComparer.OrdinalIgnoreCase)]);
                try
                {
                    if (recipients.Count > 0)
                    {
                        await sender.SendAsync(item.Notification, recipients, CancellationToken.None);
                    }

                    item.SentAt = clock.GetUtcNow();
                    item.SentTo = [.. recipients];
                    item.Attempts++;
                    item.LastError = null;
                    item.NextAttemptAt = null;
                    State.Prune();
                    await _writer.WriteAsync();
                    ReportDepth();
                }
                catch (Exception ex)
                {
                    item.Attempts++;
                    item.LastError = $"{ex.GetType().Name}: {ex.Message}";
                    var delay = Backoff(item.Attempts);
                    item.NextAttemptAt = clock.GetUtcNow() + delay;
                    LogSendFailed(ex, this.GetPrimaryKeyString(), item.Notification.Id, item.Attempts, delay);
                    await _writer.WriteAsync();
                    ScheduleDrain(delay);
                    return;
                }
            }

            await Reminder.RemoveAsync();
        }
        finally
        {
            _draining = false;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.OutboxDepth(this.GetPrimaryKeyString(), 0);
        return Task.CompletedTask;
    }

    private void ReportDepth() => metrics.OutboxDepth(this.GetPrimaryKeyString(), Sending ? State.Items.Count(i => i.SentAt is null) : 0);

    private TimeSpan Backoff(int attempts) => Domain.RetrySchedule.Delay(attempts, options.Value.RetryDelay, options.Value.MaxRetryDelay);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Organization}: sending notification {NotificationId} failed (attempt {Attempts}); retrying in {Delay}")]
    private partial void LogSendFailed(Exception exception, string organization, string notificationId, int attempts, TimeSpan delay);
}
