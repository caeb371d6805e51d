namespace CoSell.Grains.Webhooks;

/// <summary>
/// An organization's webhook deliveries in memory, in pages of at most <see cref="PageSize"/>, oldest first (R36).
/// A new delivery goes into the last page until it is full. Deliveries to one webhook go strictly in order
/// (<see cref="Heads"/>). Pages at the front whose deliveries are all done (delivered or given up) are dropped once
/// at least <see cref="KeepDone"/> newer deliveries are held. Pure: the grain stores the pages it is told to.
/// </summary>
public sealed class WebhookQueue
{
    /// <summary>Deliveries per page: each carries a whole CloudEvent, so a page stays far below a table entity's 1 MB.</summary>
    public const int PageSize = 16;

    /// <summary>How many deliveries are kept for reading (<c>GET …/deliveries</c>), at least.</summary>
    public const int KeepDone = 200;

    private readonly WebhookState _state;
    private readonly List<WebhookQueuePage> _pages = [];
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public WebhookQueue(WebhookState state, IEnumerable<WebhookQueuePage> pages)
    {
        _state = state;
        foreach (var page in pages)
        {
            _pages.Add(page);
            foreach (var delivery in page.Items)
            {
                _held.Add(delivery.Id);
            }
        }
    }

    public IReadOnlyList<WebhookQueuePage> Pages => _pages;

    public IEnumerable<QueuedDelivery> Items => _pages.SelectMany(p => p.Items);

    public int PendingCount => Items.Count(d => !d.Done);

    public bool Contains(string deliveryId) => _held.Contains(deliveryId);

    /// <summary>Each webhook's oldest undelivered event: deliveries to one webhook go strictly in order.</summary>
    public IEnumerable<QueuedDelivery> Heads() => Items.Where(d => !d.Done).GroupBy(d => d.WebhookId).Select(g => g.First());

    public WebhookQueuePage PageOf(QueuedDelivery delivery) => _pages.First(p => p.Items.Contains(delivery));

    /// <summary>Queue a delivery (new, or moved from an older layout); returns the page to write. Nothing for one already held.</summary>
    public WebhookQueuePage? Append(QueuedDelivery delivery)
    {
        if (!_held.Add(delivery.Id))
        {
            return null;
        }

        var page = _pages.Count > 0 && _pages[^1].Items.Count < PageSize ? _pages[^1] : NewPage();
        page.Items.Add(delivery);
        return page;
    }

    /// <summary>
    /// Drop done pages from the front while at least <see cref="KeepDone"/> deliveries stay held and the last page
    /// stays. Updates <see cref="WebhookState.FirstPage"/>; returns the dropped pages (the caller stores the state,
    /// then deletes them).
    /// </summary>
    public IReadOnlyList<WebhookQueuePage> DropDone()
    {
        var dropped = new List<WebhookQueuePage>();
        while (_pages.Count > 1 && _pages[0].Items.All(d => d.Done) && _held.Count - _pages[0].Items.Count >= KeepDone)
        {
            var page = _pages[0];
            _pages.RemoveAt(0);
            dropped.Add(page);
            foreach (var delivery in page.Items)
            {
                _held.Remove(delivery.Id);
            }
        }

        if (dropped.Count > 0)
        {
            _state.FirstPage = _pages[0].Number;
        }

        return dropped;
    }

    private WebhookQueuePage NewPage()
    {
        var page = new WebhookQueuePage { Number = _pages.Count > 0 ? _pages[^1].Number + 1 : _state.FirstPage };
        _pages.Add(page);
        return page;
    }
}
