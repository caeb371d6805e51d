namespace CoSell.Grains.Webhooks;

/// <summary>
/// An organization's webhooks, and where its delivery queue starts. The deliveries themselves are in
/// <see cref="WebhookQueuePage"/> records (see <see cref="WebhookQueue"/>), so queuing or delivering one rewrites a
/// page of at most <see cref="WebhookQueue.PageSize"/>, never the whole queue.
/// </summary>
[GenerateSerializer]
public sealed class WebhookState
{
    [Id(0)] public List<WebhookRegistration> Hooks { get; set; } = [];

    /// <summary>Before pages: the whole delivery queue in this record. Moved into pages when the webhook grain activates.</summary>
    [Id(1)] public List<QueuedDelivery> Queue { get; set; } = [];

    [Id(2)] public int NextHookNumber { get; set; } = 1;

    /// <summary>The number of the oldest queue page kept.</summary>
    [Id(3)] public int FirstPage { get; set; }
}
