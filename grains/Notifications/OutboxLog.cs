namespace CoSell.Grains.Notifications;

/// <summary>
/// An outbox's notifications in memory, in pages of at most <see cref="PageSize"/>, oldest first (R34). New
/// notifications go into the last page until it is full. Pages at the front whose notifications are all finished
/// (sent, or recorded while mail is off) are dropped once at least <see cref="KeepFinished"/> newer notifications
/// are held; their ids are remembered in <see cref="OutboxState.SeenIds"/>, so a repeat is still recognised.
/// Pure: the grain stores what it is told to store.
/// </summary>
public sealed class OutboxLog
{
    /// <summary>Notifications per page: what recording one costs to write.</summary>
    public const int PageSize = 16;

    /// <summary>How many finished notifications are kept for reading, at least.</summary>
    public const int KeepFinished = 100;

    /// <summary>
    /// How many ids of dropped notifications are remembered to recognise a repeat. Repeats come from a referral
    /// retrying a publication it could not confirm, within seconds to minutes; a repeat after this many newer
    /// notifications is mailed again (at least once, R34).
    /// </summary>
    public const int RememberIds = 2_000;

    private readonly OutboxState _state;
    private readonly List<OutboxPage> _pages = [];
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dropped;

    public OutboxLog(OutboxState state, IEnumerable<OutboxPage> pages)
    {
        _state = state;
        _dropped = new HashSet<string>(state.SeenIds, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            _pages.Add(page);
            foreach (var item in page.Items)
            {
                _held.Add(item.Notification.Id);
            }
        }
    }

    public IReadOnlyList<OutboxPage> Pages => _pages;

    public IEnumerable<OutboxItem> Items => _pages.SelectMany(p => p.Items);

    public bool Seen(string id) => _held.Contains(id) || _dropped.Contains(id);

    /// <summary>The unfinished notification whose attempt is due first (never tried counts as due now); oldest first among equals.</summary>
    public OutboxItem? NextPending() => Items.Where(i => !i.Finished).MinBy(i => i.NextAttemptAt ?? DateTimeOffset.MinValue);

    /// <summary>The oldest unfinished notification due at <paramref name="now"/>; one waiting for its retry does not hold up the rest.</summary>
    public OutboxItem? NextDue(DateTimeOffset now) => Items.FirstOrDefault(i => !i.Finished && (i.NextAttemptAt ?? DateTimeOffset.MinValue) <= now);

    public int PendingCount => Items.Count(i => !i.Finished);

    public OutboxPage PageOf(OutboxItem item) => _pages.First(p => p.Items.Contains(item));

    /// <summary>Hold an item (new, or moved from an older layout); returns the page to write. Nothing for a repeat.</summary>
    public OutboxPage? Append(OutboxItem item)
    {
        if (Seen(item.Notification.Id))
        {
            return null;
        }

        _held.Add(item.Notification.Id);
        var page = _pages.Count > 0 && _pages[^1].Items.Count < PageSize ? _pages[^1] : NewPage();
        page.Items.Add(item);
        return page;
    }

    /// <summary>
    /// Drop finished pages from the front while at least <see cref="KeepFinished"/> notifications stay held and the
    /// last page stays. Updates <see cref="OutboxState.FirstPage"/> and <see cref="OutboxState.SeenIds"/>; returns
    /// the dropped pages (the caller stores the state, then deletes them).
    /// </summary>
    public IReadOnlyList<OutboxPage> DropFinished(Func<OutboxItem, bool> finished)
    {
        var dropped = new List<OutboxPage>();
        while (_pages.Count > 1 && _pages[0].Items.All(finished) && _held.Count - _pages[0].Items.Count >= KeepFinished)
        {
            var page = _pages[0];
            _pages.RemoveAt(0);
            dropped.Add(page);
            foreach (var item in page.Items)
            {
                _held.Remove(item.Notification.Id);
                _dropped.Add(item.Notification.Id);
                _state.SeenIds.Add(item.Notification.Id);
            }
        }

        if (dropped.Count > 0)
        {
            _state.FirstPage = _pages[0].Number;
            if (_state.SeenIds.Count > RememberIds)
            {
                var forget = _state.SeenIds.Count - RememberIds;
                foreach (var id in _state.SeenIds.Take(forget))
                {
                    _dropped.Remove(id);
                }

                _state.SeenIds.RemoveRange(0, forget);
            }
        }

        return dropped;
    }

    private OutboxPage NewPage()
    {
        var page = new OutboxPage { Number = _pages.Count > 0 ? _pages[^1].Number + 1 : _state.FirstPage };
        _pages.Add(page);
        return page;
    }
}
