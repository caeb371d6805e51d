using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace CoSell.Grains.Notifications;

/// <summary>
/// An organization's durable notification outbox (R34). Recording is idempotent by notification id and returns
/// once written, so the referral workflow never waits on mail. Sending drains the outbox in order, one mail per
/// notification to the recipients that have not opted out; a failed send is retried with doubling delays, and
/// the <c>outbox-drain</c> reminder brings the outbox back after a crash while anything is unsent. Delivery is
/// at least once: a mail is marked sent only after the server took it.
/// <para>
/// Storage: the notifications are kept in pages (<see cref="OutboxLog"/>), each its own record named
/// <c>outbox-page-{n}</c> in the outbox's partition, so recording or sending one rewrites one page of at most
/// <see cref="OutboxLog.PageSize"/>; the outbox's own record (<see cref="OutboxState"/>) changes only when old
/// pages are dropped. A failed page write deactivates the outbox, so a retried notification is checked against
/// what storage holds, never against a page that was not written.
/// </para>
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
    private RecordPages<OutboxPage> _store = null!;
    private OutboxLog _log = null!;
    private IGrainTimer? _drainTimer;
    private bool _draining;
    private bool _broken;
    private DrainReminder? _reminder;

    private DrainReminder Reminder => _reminder ??= new DrainReminder(this, DrainReminderName, TimeSpan.FromMinutes(5));

    private OutboxState State => store.State;

    private bool Sending => options.Value.Enabled;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _store = new RecordPages<OutboxPage>(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default), this.GetGrainId(), "outbox-page");
        var stored = await _store.LoadAsync(State.FirstPage);
        _log = new OutboxLog(State, stored.Select(r => r.Value));
        if (State.Items.Count > 0)
        {
            // Recorded before the outbox had pages: move the notifications into pages, then drop them from this record.
            var pages = State.Items.Select(_log.Append).OfType<OutboxPage>().Distinct().ToArray();
            await _store.WriteAsync(pages);
            State.Items.Clear();
            await _writer.WriteAsync();
        }

        if (Sending && _log.NextPending() is { } pending)
        {
            ScheduleDrain(Until(pending.NextAttemptAt));
        }
    }

    public async Task Enqueue(Notification notification)
    {
        if (_broken)
        {
            throw new InvalidOperationException($"Outbox {this.GetPrimaryKeyString()} is reloading after a failed write; retry.");
        }

        if (_log.Append(new OutboxItem { Notification = notification }) is not { } page)
        {
            return;
        }

        await WritePage(page);
        ReportDepth();
        await DropFinishedPages();
        if (Sending)
        {
            await Reminder.EnsureAsync();
            if (!_draining && _log.Items.All(i => i.Finished || i.NextAttemptAt is null))
            {
                ScheduleDrain(TimeSpan.Zero);
            }
        }
    }

    public Task<IReadOnlyList<Notification>> List(Actor actor) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. _log.Items.Where(i => i.Notification.IsVisibleTo(actor)).Select(i => i.Notification)]);

    public Task<IReadOnlyList<NotificationDelivery>> GetDeliveries(Actor actor) =>
        Task.FromResult<IReadOnlyList<NotificationDelivery>>([.. _log.Items.Where(i => i.Notification.IsVisibleTo(actor))
            .Select(i => new NotificationDelivery(i.Notification.Id, i.SentAt, i.Attempts, i.LastError, i.SentTo.ToArray(), i.FailedAt))]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DrainReminderName)
        {
            return;
        }

        if (!Sending || _log.NextPending() is null)
        {
            await Reminder.RemoveAsync();
            return;
        }

        if (!_draining && _log.NextPending() is { } pending && Until(pending.NextAttemptAt) <= TimeSpan.Zero)
        {
            ScheduleDrain(TimeSpan.Zero);
        }
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
            while (!_broken)
            {
                var now = clock.GetUtcNow();
                if (_log.NextDue(now) is not { } item)
                {
                    if (_log.NextPending() is { } later)
                    {
                        ScheduleDrain(Until(later.NextAttemptAt));
                        return;
                    }

                    break;
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
                    await WritePage(_log.PageOf(item));
                    ReportDepth();
                    await DropFinishedPages();
                }
                catch (Exception ex)
                {
                    if (!await RecordFailure(item, ex))
                    {
                        return;
                    }
                }
            }

            await Reminder.RemoveAsync();
        }
        finally
        {
            _draining = false;
        }
    }

    /// <summary>Record a failed send; true when the drain may go on with the next mail.</summary>
    private async Task<bool> RecordFailure(OutboxItem item, Exception ex)
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
            await WritePage(_log.PageOf(item));
            ReportDepth();
            await DropFinishedPages();
            return true;
        }

        var delay = Backoff(item.Attempts);
        item.NextAttemptAt = now + delay;
        LogSendFailed(ex, this.GetPrimaryKeyString(), item.Notification.Id, item.Attempts, delay);
        await WritePage(_log.PageOf(item));
        if (rejected is not null)
        {
            return true;
        }

        ScheduleDrain(delay);
        return false;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.OutboxDepth(this.GetPrimaryKeyString(), 0);
        return Task.CompletedTask;
    }

    private void ReportDepth() => metrics.OutboxDepth(this.GetPrimaryKeyString(), Sending ? _log.PendingCount : 0);

    private async Task WritePage(OutboxPage page)
    {
        try
        {
            await _store.WriteAsync([page]);
        }
        catch
        {
            // The page in memory holds a change storage may not have: reload from storage rather than trust it.
            _broken = true;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Drop old finished pages: first record where the outbox now starts, then delete them.</summary>
    private async Task DropFinishedPages()
    {
        var dropped = _log.DropFinished(item => !Sending || item.Finished);
        if (dropped.Count == 0)
        {
            return;
        }

        try
        {
            await _store.DropAsync(dropped, _writer.WriteAsync);
        }
        catch (Exception ex)
        {
            // Housekeeping only: the next write of this record carries the change.
            LogDropFailed(ex, this.GetPrimaryKeyString());
        }
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Organization}: dropping old pages failed; the next write retries")]
    private partial void LogDropFailed(Exception exception, string organization);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Organization}: notification {NotificationId} failed for good after {Attempts} attempts; later notifications go on")]
    private partial void LogGaveUp(Exception exception, string organization, string notificationId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Organization}: sending notification {NotificationId} failed (attempt {Attempts}); retrying in {Delay}")]
    private partial void LogSendFailed(Exception exception, string organization, string notificationId, int attempts, TimeSpan delay);
}
