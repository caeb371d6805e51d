namespace CoSell.Grains.Webhooks;

/// <summary>One stored page of an organization's webhook delivery queue: at most <see cref="WebhookQueue.PageSize"/> deliveries, oldest first.</summary>
[GenerateSerializer]
public sealed class WebhookQueuePage : Hosting.INumberedPage
{
    [Id(0)] public List<QueuedDelivery> Items { get; set; } = [];

    /// <summary>The page's place in the queue (its record is <c>webhook-queue-{Number}</c>).</summary>
    [Id(1)] public int Number { get; set; }
}
