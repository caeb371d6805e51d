namespace CoSell.Grains.Webhooks;

/// <summary>
/// The rows of an organization's webhook queue as its grain holds them (R36): pending deliveries and the latest done
/// ones, in row-key order (<see cref="WebhookRows.Key"/>), each with the ETag of its row. Deliveries to one webhook go
/// strictly in order (<see cref="Heads"/>). Done deliveries beyond the newest <see cref="KeepDone"/> are trimmed a
/// batch at a time. Pure: the grain writes what it is told to.
/// </summary>
public sealed class WebhookQueue
{
    /// <summary>How many done deliveries are kept for reading (<c>GET …/deliveries</c>) and for recognising repeats.</summary>
    public const int KeepDone = 200;

    /// <summary>Done deliveries beyond <see cref="KeepDone"/> are deleted once this many have gathered, in one batch.</summary>
    public const int TrimBatch = 50;

    private readonly SortedDictionary<string, QueuedDelivery> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IEnumerable<QueuedDelivery> Items => _rows.Values;

    public int PendingCount => _rows.Values.Count(d => !d.Done);

    public bool Contains(string deliveryId) => _ids.Contains(deliveryId);

    /// <summary>Hold a row as stored (loaded, or just written with this ETag).</summary>
    public void Hold(QueuedDelivery delivery, string etag)
    {
        var key = WebhookRows.Key(delivery);
        _rows[key] = delivery;
        _etags[key] = etag;
        _ids.Add(delivery.Id);
    }

    public string ETagOf(QueuedDelivery delivery) => _etags[WebhookRows.Key(delivery)];

    /// <summary>Each webhook's oldest undelivered event.</summary>
    public IEnumerable<QueuedDelivery> Heads() => _rows.Values.Where(d => !d.Done).GroupBy(d => d.WebhookId).Select(g => g.First());

    /// <summary>The oldest done deliveries beyond <see cref="KeepDone"/>, once <see cref="TrimBatch"/> of them have gathered.</summary>
    public IReadOnlyList<QueuedDelivery> ToTrim()
    {
        var done = _rows.Values.Where(d => d.Done).ToList();
        return done.Count >= KeepDone + TrimBatch ? done[..(done.Count - KeepDone)] : [];
    }

    public void Forget(QueuedDelivery delivery)
    {
        var key = WebhookRows.Key(delivery);
        _rows.Remove(key);
        _etags.Remove(key);
        _ids.Remove(delivery.Id);
    }
}
