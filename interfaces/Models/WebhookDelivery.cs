namespace CoSell;

/// <summary>One delivery of an event to a webhook (R36): its id (the CloudEvent id, stable across retries) and how it went.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDelivery(
    string Id,
    string WebhookId,
    string Event,
    string ReferralId,
    long ReferralVersion,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? NextAttemptAt,
    bool GaveUp = false)
{
    /// <summary><c>delivered</c>; <c>failed</c> (given up: refused for good or out of attempts); else <c>pending</c>.</summary>
    public string Status => DeliveredAt is not null ? "delivered" : GaveUp ? "failed" : "pending";
}
