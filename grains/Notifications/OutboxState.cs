namespace CoSell.Grains.Notifications;

/// <summary>Recorded notifications, oldest first, with their delivery; ids already recorded are not recorded again.</summary>
[GenerateSerializer]
public sealed class OutboxState
{
    /// <summary>How many delivered notifications are kept for reading.</summary>
    /// <remarks>
    /// The whole outbox is one record, written on every notification: these bounds are its cost per write and keep
    /// it far below an Azure Table entity's 1 MB (20,000 ids and 500 items came close to it, and made each write
    /// cost ~1 MB of serialisation once an organization had received that many).
    /// </remarks>
    public const int KeepDelivered = 100;

    /// <summary>
    /// How many ids are remembered to recognise a repeat. Repeats come from a referral retrying a publication it
    /// could not confirm, within seconds to minutes; a repeat after this many newer notifications is mailed again
    /// (at least once, R34).
    /// </summary>
    public const int RememberIds = 2_000;

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
