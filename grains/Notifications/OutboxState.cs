namespace CoSell.Grains.Notifications;

/// <summary>Recorded notifications, oldest first, with their delivery; ids already recorded are not recorded again.</summary>
[GenerateSerializer]
public sealed class OutboxState
{
    /// <summary>How many delivered notifications are kept for reading.</summary>
    public const int KeepDelivered = 500;

    /// <summary>How many ids are remembered to recognise a repeat.</summary>
    public const int RememberIds = 20_000;

    [Id(0)] public List<OutboxItem> Items { get; set; } = [];
    [Id(1)] public List<string> SeenIds { get; set; } = [];

    public OutboxItem? NextPending() => Items.FirstOrDefault(i => i.SentAt is null);

    public bool Seen(string id) => SeenIds.Contains(id);

    public void Add(Notification notification)
    {
        SeenIds.Add(notification.Id);
        if (SeenIds.Count > RememberIds)
        {
            SeenIds.RemoveRange(0, SeenIds.Count - RememberIds);
        }

        Items.Add(new OutboxItem { Notification = notification });
    }

    /// <summary>With e-mail off nothing is ever delivered: keep the outbox a bounded log of the latest notifications.</summary>
    public void TrimUnsent(int keep)
    {
        if (Items.Count > keep)
        {
            Items.RemoveRange(0, Items.Count - keep);
        }
    }

    /// <summary>Forget the oldest delivered notifications beyond <see cref="KeepDelivered"/>.</summary>
    public void Prune()
    {
        var delivered = Items.Count(i => i.SentAt is not null);
        for (var i = 0; i < Items.Count && delivered > KeepDelivered; i++)
        {
            if (Items[i].SentAt is not null)
            {
                Items.RemoveAt(i--);
                delivered--;
            }
        }
    }
}
