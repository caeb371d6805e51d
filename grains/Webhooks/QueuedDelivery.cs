namespace CoSell.Grains.Webhooks;

/// <summary>One event waiting for, or done with, delivery to one webhook. <see cref="Body"/> is the exact signed CloudEvent.</summary>
[GenerateSerializer]
public sealed class QueuedDelivery
{
    [Id(0)] public required string Id { get; set; }
    [Id(1)] public required string WebhookId { get; set; }
    [Id(2)] public required WebhookEvent Event { get; set; }
    [Id(3)] public required string ReferralId { get; set; }
    [Id(4)] public required long ReferralVersion { get; set; }
    [Id(5)] public required string Body { get; set; }
    [Id(6)] public int Attempts { get; set; }
    [Id(7)] public int? LastStatusCode { get; set; }
    [Id(8)] public string? LastError { get; set; }
    [Id(9)] public DateTimeOffset? NextAttemptAt { get; set; }
    [Id(10)] public DateTimeOffset? DeliveredAt { get; set; }
    [Id(11)] public bool GaveUp { get; set; }

    public bool Done => DeliveredAt is not null || GaveUp;

    public WebhookDelivery ToDelivery() =>
        new(Id, WebhookId, Event.ToWireName(), ReferralId, ReferralVersion, Attempts, LastStatusCode, LastError, DeliveredAt, NextAttemptAt, GaveUp);
}
