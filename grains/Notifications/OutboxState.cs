namespace CoSell.Grains.Notifications;

/// <summary>
/// An outbox's own record: where its pages start and the ids of notifications it no longer holds. The
/// notifications themselves are in <see cref="OutboxPage"/> records (see <see cref="OutboxLog"/>), so recording one
/// rewrites a page of at most <see cref="OutboxLog.PageSize"/>, not the whole outbox; this record is written only
/// when pages are dropped.
/// </summary>
[GenerateSerializer]
public sealed class OutboxState
{
    /// <summary>Before pages: every notification in this record. Moved into pages when the outbox activates.</summary>
    [Id(0)] public List<OutboxItem> Items { get; set; } = [];

    /// <summary>Ids of dropped notifications, oldest first, at most <see cref="OutboxLog.RememberIds"/>.</summary>
    [Id(1)] public List<string> SeenIds { get; set; } = [];

    /// <summary>The number of the oldest page kept.</summary>
    [Id(2)] public int FirstPage { get; set; }
}
