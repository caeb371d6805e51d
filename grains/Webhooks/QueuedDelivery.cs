using System.Text.Json.Serialization;
using CoSell.Grains.Domain;
using CoSell.Grains.Options;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// One event waiting for, or done with, delivery to one webhook: a row of the organization's webhook queue
/// (<see cref="WebhookRows"/>). <see cref="Body"/> is the exact signed CloudEvent; <see cref="Id"/> is its id, stable
/// across retries, so receivers can drop duplicates.
/// </summary>
public sealed class QueuedDelivery
{
    /// <summary>
    /// The delivery of <paramref name="change"/> to one webhook; its id names the change and the webhook, so a repeat of
    /// the same change is the same delivery.
    /// </summary>
    public static QueuedDelivery Of(ReferralChange change, string webhookId)
    {
        var id = $"{change.ReferralId}:{change.Version}:{change.Event.ToWireName()}:{webhookId}";
        return new QueuedDelivery
        {
            Id = id,
            WebhookId = webhookId,
            Event = change.Event,
            ReferralId = change.ReferralId,
            ReferralVersion = change.Version,
            ChangedAt = change.UpdatedDateTime,
            Body = WebhookEnvelope.Of(id, change),
        };
    }

    public required string Id { get; set; }
    public required string WebhookId { get; set; }
    public required WebhookEvent Event { get; set; }
    public required string ReferralId { get; set; }
    public required long ReferralVersion { get; set; }

    /// <summary>When the referral changed: the queue is in this order per webhook.</summary>
    public required DateTimeOffset ChangedAt { get; set; }

    public required string Body { get; set; }
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Refused or out of attempts: kept for reading as a dead letter, never sent again.</summary>
    public bool GaveUp { get; set; }

    [JsonIgnore]
    public bool Done => DeliveredAt is not null || GaveUp;

    public bool IsDueAt(DateTimeOffset now) => !Done && (NextAttemptAt is null || NextAttemptAt <= now);

    /// <summary>
    /// Record an attempt's outcome: delivered on a 2xx; given up on a refusal (a 4xx other than 408 and 429: retrying
    /// would only hold up the webhook's later deliveries) or when attempts run out; otherwise due again after the retry
    /// delay, which is returned.
    /// </summary>
    public TimeSpan? Record(int? status, string? error, DateTimeOffset now, WebhookOptions options)
    {
        Attempts++;
        LastStatusCode = status;
        NextAttemptAt = null;
        if (status is >= 200 and < 300)
        {
            DeliveredAt = now;
            LastError = null;
            return null;
        }

        LastError = error ?? $"HTTP {status}";
        var refused = status is >= 400 and < 500 and not 408 and not 429;
        if (refused || Attempts >= options.MaxAttempts)
        {
            GaveUp = true;
            return null;
        }

        var delay = RetrySchedule.Delay(Attempts, options.RetryDelay, options.MaxRetryDelay);
        NextAttemptAt = now + delay;
        return delay;
    }

    public WebhookDelivery ToDelivery() =>
        new(Id, WebhookId, Event.ToWireName(), ReferralId, ReferralVersion, Attempts, LastStatusCode, LastError, DeliveredAt, NextAttemptAt, GaveUp);
}
