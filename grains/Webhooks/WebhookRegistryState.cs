namespace CoSell.Grains.Webhooks;

/// <summary>The organizations that have at least one webhook.</summary>
[GenerateSerializer]
public sealed class WebhookRegistryState
{
    [Id(0)] public HashSet<string> Organizations { get; set; } = new(StringComparer.Ordinal);
}
