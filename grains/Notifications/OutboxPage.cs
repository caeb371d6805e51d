namespace CoSell.Grains.Notifications;

/// <summary>One stored page of an outbox: at most <see cref="OutboxLog.PageSize"/> notifications, oldest first.</summary>
[GenerateSerializer]
public sealed class OutboxPage : Hosting.INumberedPage
{
    [Id(0)] public List<OutboxItem> Items { get; set; } = [];

    /// <summary>The page's place in the outbox (its record is <c>outbox-page-{Number}</c>).</summary>
    [Id(1)] public int Number { get; set; }
}
