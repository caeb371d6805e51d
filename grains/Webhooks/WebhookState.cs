namespace CoSell.Grains.Webhooks;

/// <summary>An organization's webhooks and their delivery queue (oldest first).</summary>
[GenerateSerializer]
public sealed class WebhookState
{
    public const int KeepDone = 200;

    [Id(0)] public List<WebhookRegistration> Hooks { get; set; } = [];
    [Id(1)] public List<QueuedDelivery> Queue { get; set; } = [];
    [Id(2)] public int NextHookNumber { get; set; } = 1;

    /// <summary>Each webhook's oldest undelivered event: deliveries to one webhook go strictly in order.</summary>
    public IEnumerable<QueuedDelivery> Heads() => Queue.Where(d => !d.Done).GroupBy(d => d.WebhookId).Select(g => g.First());

    public void Prune()
    {
        var done = Queue.Count(d => d.Done);
        for (var i = 0; i < Queue.Count && done > KeepDone; i++)
        {
            if (Queue[i].Done)
            {
                Queue.RemoveAt(i--);
                done--;
            }
        }
    }
}
