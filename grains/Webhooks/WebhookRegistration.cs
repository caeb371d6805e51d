namespace CoSell.Grains.Webhooks;

/// <summary>A webhook as stored: its signing secret encrypted (<see cref="WebhookSecrets"/>), never in the clear.</summary>
public sealed class WebhookRegistration
{
    public required string Id { get; set; }
    public required string Url { get; set; }
    public required List<WebhookEvent> Events { get; set; }

    /// <summary>The signing secret, encrypted with the silos' Data Protection key ring.</summary>
    public required string Secret { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    public Webhook ToWebhook() => new(Id, Url, [.. Events.Select(e => e.ToWireName())], CreatedAt);
}
