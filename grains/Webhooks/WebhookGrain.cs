using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// An organization's webhooks (R36). A change is turned into one CloudEvent per subscribed webhook, written as queue
/// rows of the organization's partition in one transaction (<see cref="WebhookRows"/>), and delivered in order per
/// webhook by an interleaving drain (publishers never wait on receivers); a failure is retried with doubling delays,
/// and a reminder resumes delivery after a crash. A failed write deactivates the grain, so what it holds is never
/// trusted over storage.
/// </summary>
public sealed partial class WebhookGrain(
    IPartitionStore partitions,
    IWebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    WebhookSecrets secrets,
    Observability.CoSellMetrics metrics,
    ILogger<WebhookGrain> logger) : Grain, IWebhookGrain, IWebhookFeed, IRemindable
{
    public const string DeliveryReminder = "webhook-delivery";

    private readonly WebhookQueue _queue = new();
    private readonly WebhookDispatch _dispatch = new(sender, secrets, clock, options.Value, metrics, logger);
    private WebhookSettings _settings = new();
    private string? _settingsETag;
    private string _partition = "";
    private IGrainTimer? _timer;
    private bool _draining;
    private bool _broken;
    private DrainReminder? _reminder;

    private DrainReminder Reminder => _reminder ??= new DrainReminder(this, DeliveryReminder, TimeSpan.FromMinutes(5));

    private string Organization => this.GetPrimaryKeyString();

    private IWebhookRegistryGrain Registry => GrainFactory.GetGrain<IWebhookRegistryGrain>(DirectoryKeys.Default);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _partition = PartitionKeys.Organization(Organization);
        if (await partitions.ReadAsync(_partition, WebhookRows.SettingsKey, cancellationToken) is { } row)
        {
            _settings = WebhookRows.ReadSettings(row);
            _settingsETag = row.ETag;
        }

        await foreach (var queued in WebhookRows.ReadQueue(partitions, _partition, cancellationToken))
        {
            _queue.Hold(WebhookRows.Read(queued), queued.ETag);
        }

        if (_queue.Heads().Any())
        {
            Schedule(TimeSpan.Zero);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.WebhookDepth(Organization, 0);
        return Task.CompletedTask;
    }

    public async Task<Webhook> Register(Actor actor, WebhookRequest request)
    {
        WebhookAccess.EnsureAdmin(actor, Organization);
        var (url, events, secret) = WebhookRequestRules.Validate(request);
        await WebhookTargetPolicy.EnsureAllowedAsync(url, options.Value.AllowPrivateNetworks);

        var hook = new WebhookRegistration
        {
            Id = $"wh-{_settings.NextHookNumber}",
            Url = url.ToString(),
            Events = events,
            Secret = secrets.Protect(secret),
            CreatedAt = clock.GetUtcNow(),
        };
        await WriteSettings(new WebhookSettings { Hooks = [.. _settings.Hooks, hook], NextHookNumber = _settings.NextHookNumber + 1 });

        // Referral changes skip organizations the silos' registry snapshots say have no webhooks; return only once
        // no silo can still trust a snapshot read before this organization was added (WebhookRegistrySnapshot), so
        // every change after this call returns reaches the new webhook.
        await Registry.Set(Organization, true);
        await Task.Delay(WebhookRegistrySnapshot.RegistrationWait);
        return hook.ToWebhook() with { Secret = secret };
    }

    public Task<IReadOnlyList<Webhook>> List(Actor actor)
    {
        WebhookAccess.EnsureMember(actor, Organization);
        return Task.FromResult<IReadOnlyList<Webhook>>([.. _settings.Hooks.Select(h => h.ToWebhook())]);
    }

    public async Task Delete(Actor actor, string webhookId)
    {
        WebhookAccess.EnsureAdmin(actor, Organization);
        if (_settings.Hooks.All(h => h.Id != webhookId))
        {
            throw CoSellException.NotFound("webhookId", $"Webhook '{webhookId}' was not found.");
        }

        // Its undelivered deliveries are given up by the next drain (their webhook is gone).
        await WriteSettings(new WebhookSettings { Hooks = [.. _settings.Hooks.Where(h => h.Id != webhookId)], NextHookNumber = _settings.NextHookNumber });
        if (_queue.Heads().Any(d => d.WebhookId == webhookId))
        {
            Schedule(TimeSpan.Zero);
        }

        if (_settings.Hooks.Count == 0)
        {
            await Registry.Set(Organization, false);
        }
    }

    public Task<IReadOnlyList<WebhookDelivery>> GetDeliveries(Actor actor, string webhookId)
    {
        WebhookAccess.EnsureMember(actor, Organization);
        EnsureNotBroken();
        if (_settings.Hooks.All(h => h.Id != webhookId))
        {
            throw CoSellException.NotFound("webhookId", $"Webhook '{webhookId}' was not found.");
        }

        return Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. _queue.Items.Where(d => d.WebhookId == webhookId).Select(d => d.ToDelivery())]);
    }

    public async Task Publish(ReferralChange change)
    {
        EnsureNotBroken();

        List<QueuedDelivery> added = [.. _settings.Hooks.Where(h => h.Events.Contains(change.Event))
            .Select(hook => QueuedDelivery.Of(change, hook.Id)).Where(d => !_queue.Contains(d.Id))];

        if (added.Count == 0)
        {
            return;
        }

        // Whoever publishes first is the one writer; a repeat of a delivery that was trimmed from memory meets its row.
        await Write(added, [.. added.Select(d => RowWrite.Insert(WebhookRows.Key(d), WebhookRows.Properties(d)))]);
        metrics.WebhookDepth(Organization, _queue.PendingCount);
        await Reminder.EnsureAsync();
        if (!_draining)
        {
            Schedule(TimeSpan.Zero);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeliveryReminder)
        {
            return;
        }

        if (!_queue.Heads().Any())
        {
            await Reminder.RemoveAsync();
        }
        else if (!_draining)
        {
            Schedule(TimeSpan.Zero);
        }
    }

    /// <summary>Deliver each webhook's queue head until every queue is empty or waiting to retry.</summary>
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
                var due = _queue.Heads().Where(d => d.IsDueAt(now)).ToList();
                if (due.Count == 0)
                {
                    break;
                }

                await Task.WhenAll(due.Select(d => _dispatch.Deliver(Organization, d, _settings.Hooks.Find(h => h.Id == d.WebhookId))));
                await Write(due, [.. due.Select(d => RowWrite.Replace(WebhookRows.Key(d), WebhookRows.Properties(d), _queue.ETagOf(d)))]);
                metrics.WebhookDepth(Organization, _queue.PendingCount);
                await Trim();
            }

            var waiting = _queue.Heads().Select(d => d.NextAttemptAt).OfType<DateTimeOffset>().ToList();
            if (waiting.Count > 0)
            {
                var wait = waiting.Min() - clock.GetUtcNow();
                Schedule(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            }
            else
            {
                await Reminder.RemoveAsync();
                if (_queue.Heads().Any())
                {
                    // Queued while the reminder was being removed (that publication saw this drain running): set the
                    // reminder again and drain once more, or the delivery would wait for the next publication.
                    await Reminder.EnsureAsync();
                    Schedule(TimeSpan.Zero);
                }
            }
        }
        finally
        {
            _draining = false;
        }
    }

    /// <summary>Write queue rows and hold them with their new ETags; on failure reload from storage rather than trust memory.</summary>
    private async Task Write(IReadOnlyList<QueuedDelivery> deliveries, IReadOnlyList<RowWrite> writes)
    {
        try
        {
            var etags = await partitions.SubmitAsync(_partition, writes);
            for (var i = 0; i < deliveries.Count; i++)
            {
                _queue.Hold(deliveries[i], etags[i]!);
            }
        }
        catch
        {
            _broken = true;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task WriteSettings(WebhookSettings settings)
    {
        var properties = WebhookRows.Properties(settings);
        var write = _settingsETag is null ? RowWrite.Insert(WebhookRows.SettingsKey, properties) : RowWrite.Replace(WebhookRows.SettingsKey, properties, _settingsETag);
        _settingsETag = (await partitions.SubmitAsync(_partition, [write]))[0];
        _settings = settings;
    }

    /// <summary>Delete the oldest done deliveries beyond those kept for reading, a batch at a time.</summary>
    private async Task Trim()
    {
        var trimmed = _queue.ToTrim().Take(IPartitionStore.MaxBatch).ToList();
        if (trimmed.Count == 0)
        {
            return;
        }

        try
        {
            await partitions.SubmitAsync(_partition, [.. trimmed.Select(d => RowWrite.Delete(WebhookRows.Key(d), _queue.ETagOf(d)))]);
            trimmed.ForEach(_queue.Forget);
        }
        catch (Exception ex)
        {
            // Housekeeping only: the next drain tries again.
            LogTrimFailed(ex, Organization);
        }
    }

    private void Schedule(TimeSpan due)
    {
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(Drain, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    /// <summary>After a failed write what this activation holds may not be stored: it answers nothing until it reloads.</summary>
    private void EnsureNotBroken()
    {
        if (_broken)
        {
            throw new InvalidOperationException($"Webhooks of {Organization} are reloading after a failed write; retry.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks of {Organization}: deleting old done deliveries failed; the next drain retries")]
    private partial void LogTrimFailed(Exception exception, string organization);
}
