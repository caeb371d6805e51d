using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// An organization's webhooks (R36). A change is turned into one CloudEvent per subscribed webhook, written to a
/// durable queue, and delivered in order per webhook by an interleaving drain (publishers never wait on
/// receivers); a failure is retried with doubling delays, and a reminder resumes delivery after a crash. The
/// CloudEvent id is the delivery id — stable across retries — so receivers can drop duplicates.
/// The queue is stored in pages (<see cref="WebhookQueue"/>, records <c>webhook-queue-{n}</c> in this grain's
/// partition): queuing or delivering rewrites one page, so a backlog behind a receiver that is down grows in rows,
/// not in one record towards the 1 MB entity limit. A failed page write deactivates the grain, so a retried
/// publication is checked against storage, never against a page that was not written.
/// </summary>
public sealed partial class WebhookGrain(
    [PersistentState("webhooks", StorageNames.Default)] IPersistentState<WebhookState> store,
    IWebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    WebhookSecrets secrets,
    Observability.CoSellMetrics metrics,
    ILogger<WebhookGrain> logger) : Grain, IWebhookGrain, IRemindable
{
    public const string DeliveryReminder = "webhook-delivery";
    private static readonly JsonEventFormatter Formatter = new();

    private readonly CoalescingStateWriter<WebhookState> _writer = new(store);
    private RecordPages<WebhookQueuePage> _store = null!;
    private WebhookQueue _queue = null!;
    private IGrainTimer? _timer;
    private bool _draining;
    private bool _broken;
    private DrainReminder? _reminder;

    private DrainReminder Reminder => _reminder ??= new DrainReminder(this, DeliveryReminder, TimeSpan.FromMinutes(5));

    private WebhookState State => store.State;

    private string Organization => this.GetPrimaryKeyString();

    private IWebhookRegistryGrain Registry => GrainFactory.GetGrain<IWebhookRegistryGrain>(DirectoryKeys.Default);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _store = new RecordPages<WebhookQueuePage>(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default), this.GetGrainId(), "webhook-queue");
        var stored = await _store.LoadAsync(State.FirstPage);
        _queue = new WebhookQueue(State, stored.Select(r => r.Value));
        if (State.Queue.Count > 0)
        {
            // Queued before the queue had pages: move the deliveries into pages, then drop them from this record.
            var pages = State.Queue.Select(_queue.Append).OfType<WebhookQueuePage>().Distinct().ToArray();
            await _store.WriteAsync(pages);
            State.Queue.Clear();
            await _writer.WriteAsync();
        }

        if (State.Hooks.Any(h => !h.SecretProtected))
        {
            // Registered before secrets were encrypted: encrypt them now; the clear text never touches storage again.
            foreach (var hook in State.Hooks.Where(h => !h.SecretProtected))
            {
                hook.Secret = secrets.Protect(hook.Secret);
                hook.SecretProtected = true;
            }

            await _writer.WriteAsync();
        }

        if (_queue.Heads().Any())
        {
            Schedule(TimeSpan.Zero);
        }

        if (State.Hooks.Count > 0)
        {
            // Webhooks registered before the registry existed: make sure it knows (a no-op once it does). Not fatal:
            // the next activation tries again.
            try
            {
                await Registry.Set(Organization, true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRegistryFailed(ex, Organization);
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.WebhookDepth(Organization, 0);
        return Task.CompletedTask;
    }

    public async Task<Webhook> Register(Actor actor, WebhookRequest request)
    {
        EnsureAdmin(actor);
        if (request is null)
        {
            throw CoSellException.InvalidRequest("body", "A webhook body is required.");
        }

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw CoSellException.Validation("url", "url must be an absolute http or https URL (R36).");
        }

        await WebhookTargetPolicy.EnsureAllowedAsync(url, options.Value.AllowPrivateNetworks);

        if (request.Events is not { Count: > 0 })
        {
            throw CoSellException.Validation("events", "events needs at least one of referral-created, referral-updated, related-referral-created, related-referral-updated (R36).");
        }

        var events = new List<WebhookEvent>();
        for (var i = 0; i < request.Events.Count; i++)
        {
            if (!WebhookEventNames.TryParse(request.Events[i], out var parsed))
            {
                throw CoSellException.Validation($"events[{i}]", $"'{request.Events[i]}' is not an event: referral-created, referral-updated, related-referral-created, related-referral-updated (R36).");
            }

            if (!events.Contains(parsed))
            {
                events.Add(parsed);
            }
        }

        var secret = request.Secret ?? WebhookSecrets.Generate();
        if (secret is not { Length: >= 16 and <= 256 })
        {
            throw CoSellException.Validation("secret", "secret must be 16 to 256 characters; it keys the HMAC-SHA256 signature (R36).");
        }

        var hook = new WebhookRegistration
        {
            Id = $"wh-{State.NextHookNumber++}", Url = url.ToString(), Events = events, Secret = secrets.Protect(secret), SecretProtected = true,
            CreatedAt = clock.GetUtcNow(),
        };
        State.Hooks.Add(hook);
        await _writer.WriteAsync();

        // Referral changes skip organizations the silos' registry snapshots say have no webhooks; return only once
        // no silo can still trust a snapshot read before this organization was added (WebhookRegistrySnapshot), so
        // every change after this call returns reaches the new webhook.
        await Registry.Set(Organization, true);
        await Task.Delay(WebhookRegistrySnapshot.RegistrationWait);
        return hook.ToWebhook() with { Secret = secret };
    }

    public Task<IReadOnlyList<Webhook>> List(Actor actor)
    {
        EnsureMember(actor);
        return Task.FromResult<IReadOnlyList<Webhook>>([.. State.Hooks.Select(h => h.ToWebhook())]);
    }

    public async Task Delete(Actor actor, string webhookId)
    {
        EnsureAdmin(actor);
        if (State.Hooks.RemoveAll(h => h.Id == webhookId) == 0)
        {
            throw CoSellException.NotFound("webhookId", $"Webhook '{webhookId}' was not found.");
        }

        // Its undelivered deliveries are given up by the next drain (their webhook is gone).
        await _writer.WriteAsync();
        if (_queue.Heads().Any(d => d.WebhookId == webhookId))
        {
            Schedule(TimeSpan.Zero);
        }

        if (State.Hooks.Count == 0)
        {
            await Registry.Set(Organization, false);
        }
    }

    public Task<IReadOnlyList<WebhookDelivery>> GetDeliveries(Actor actor, string webhookId)
    {
        EnsureMember(actor);
        if (State.Hooks.All(h => h.Id != webhookId))
        {
            throw CoSellException.NotFound("webhookId", $"Webhook '{webhookId}' was not found.");
        }

        return Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. _queue.Items.Where(d => d.WebhookId == webhookId).Select(d => d.ToDelivery())]);
    }

    public async Task Publish(ReferralChange change)
    {
        if (_broken)
        {
            throw new InvalidOperationException($"Webhooks of {Organization} are reloading after a failed write; retry.");
        }

        var pages = new HashSet<WebhookQueuePage>();
        foreach (var hook in State.Hooks.Where(h => h.Events.Contains(change.Event)))
        {
            var id = $"{change.ReferralId}:{change.Version}:{change.Event.ToWireName()}:{hook.Id}";
            if (_queue.Contains(id))
            {
                continue;
            }

            var page = _queue.Append(new QueuedDelivery
            {
                Id = id, WebhookId = hook.Id, Event = change.Event, ReferralId = change.ReferralId, ReferralVersion = change.Version,
                Body = Envelope(id, change),
            });
            pages.Add(page!);
        }

        if (pages.Count == 0)
        {
            return;
        }

        await WritePages(pages);
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

    /// <summary>The CloudEvent (structured JSON) that carries the referral.</summary>
    private string Envelope(string id, ReferralChange change)
    {
        var cloudEvent = new CloudEvent
        {
            Id = id,
            Type = change.Event.ToWireName(),
            Source = new Uri($"urn:cosell:organization:{change.OrganizationId}"),
            Subject = change.ReferralId,
            Time = change.UpdatedDateTime,
            DataContentType = "application/json",
            Data = JsonDocument.Parse(change.ReferralJson).RootElement.Clone(),
        };
        return System.Text.Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span);
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
                var due = _queue.Heads().Where(d => d.NextAttemptAt is null || d.NextAttemptAt <= now).ToList();
                if (due.Count == 0)
                {
                    break;
                }

                await Task.WhenAll(due.Select(Deliver));
                await WritePages(due.Select(_queue.PageOf));
                metrics.WebhookDepth(Organization, _queue.PendingCount);
                await DropDonePages();
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
            }
        }
        finally
        {
            _draining = false;
        }
    }

    private async Task Deliver(QueuedDelivery delivery)
    {
        var hook = State.Hooks.Find(h => h.Id == delivery.WebhookId);
        if (hook is null)
        {
            delivery.GaveUp = true;
            return;
        }

        int? status = null;
        string? error = null;
        try
        {
            status = await sender.SendAsync(hook.Url, delivery.Id, delivery.Event, delivery.Body, hook.SecretProtected ? secrets.Unprotect(hook.Secret) : hook.Secret, CancellationToken.None);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
        }

        // Recorded together once the attempt is over, so a reader never sees an attempt half counted.
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        if (status is >= 200 and < 300)
        {
            delivery.DeliveredAt = clock.GetUtcNow();
            delivery.NextAttemptAt = null;
            delivery.LastError = null;
            return;
        }

        delivery.LastError = error ?? $"HTTP {status}";

        // A 4xx other than 408 and 429 is the receiver refusing this event for good: retrying would only hold up the
        // webhook's later deliveries behind it.
        var refused = status is >= 400 and < 500 and not 408 and not 429;
        if (refused || delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.GaveUp = true;
            delivery.NextAttemptAt = null;
            metrics.WebhookDeliveriesFailed.Add(1);
            LogGaveUp(Organization, delivery.Id, delivery.Attempts);
            return;
        }

        var delay = RetrySchedule.Delay(delivery.Attempts, options.Value.RetryDelay, options.Value.MaxRetryDelay);
        delivery.NextAttemptAt = clock.GetUtcNow() + delay;
        LogRetry(Organization, delivery.Id, delivery.Attempts, delivery.LastError, delay);
    }

    private async Task WritePages(IEnumerable<WebhookQueuePage> pages)
    {
        try
        {
            await _store.WriteAsync(pages);
        }
        catch
        {
            // A page in memory holds a change storage may not have: reload from storage rather than trust it.
            _broken = true;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Drop old done pages: first record where the queue now starts, then delete them.</summary>
    private async Task DropDonePages()
    {
        var dropped = _queue.DropDone();
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
            LogDropFailed(ex, Organization);
        }
    }

    private void Schedule(TimeSpan due)
    {
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(Drain, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private void EnsureMember(Actor actor)
    {
        if (actor.OrganizationId != Organization)
        {
            throw CoSellException.NotFound("organizationId", "Webhooks are per organization; these are not yours.");
        }
    }

    private void EnsureAdmin(Actor actor)
    {
        EnsureMember(actor);
        if (!actor.Has(Role.PartnerAdmin) && !actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Managing webhooks needs the PartnerAdmin role (Operator for Microsoft) (R3, R36).");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} of {Organization} failed (attempt {Attempts}: {Error}); retrying in {Delay}")]
    private partial void LogRetry(string organization, string deliveryId, int attempts, string? error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks of {Organization}: could not confirm them in the webhook registry; the next activation retries")]
    private partial void LogRegistryFailed(Exception exception, string organization);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks of {Organization}: dropping old queue pages failed; the next write retries")]
    private partial void LogDropFailed(Exception exception, string organization);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} of {Organization} given up after {Attempts} attempts")]
    private partial void LogGaveUp(string organization, string deliveryId, int attempts);
}
