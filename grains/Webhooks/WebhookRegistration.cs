namespace CoSell.Grains.Webhooks;

/// <summary>A webhook as stored: its signing secret encrypted (<see cref="WebhookSecrets"/>).</summary>
[GenerateSerializer]
public sealed class WebhookRegistration
{
    [Id(0)] public required string Id { get; set; }
    [Id(1)] public required string Url { get; set; }
    [Id(2)] public required List<WebhookEvent> Events { get; set; }
    /// <summary>The signing secret, encrypted when <see cref="SecretProtected"/>; in the clear only in records from before encryption.</summary>
    [Id(3)] public required string Secret { get; set; }
    [Id(4)] public required DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public bool SecretProtected { get; set; }

    public Webhook ToWebhook() => new(Id, Url, [.. Events.Select(e => e.ToWireName())], CreatedAt);
}
