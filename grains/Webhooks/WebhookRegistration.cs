namespace CoSell.Grains.Webhooks;

/// <summary>A webhook as stored: with its signing secret.</summary>
[GenerateSerializer]
public sealed class WebhookRegistration
{
    [Id(0)] public required string Id { get; set; }
    [Id(1)] public required string Url { get; set; }
    [Id(2)] public required List<WebhookEvent> Events { get; set; }
    [Id(3)] public required string Secret { get; set; }
    [Id(4)] public required DateTimeOffset CreatedAt { get; set; }

    public Webhook ToWebhook() => new(Id, Url, [.. Events.Select(e => e.ToWireName())], CreatedAt);
}
