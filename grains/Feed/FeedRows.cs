using System.Globalization;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Feed;

/// <summary>
/// The change feed as rows of the organization's partition (<see cref="PartitionKeys.Organization"/>): one row per
/// change under <c>q|feed|</c> keyed by its sequence (so a range read is the feed in order), a marker per change id
/// under <c>q|feed-seen|</c> holding its sequence (a repeat of a change is recognised by storage), and the next sequence
/// in the record <c>d|feed</c>. All three move in one batch, so sequences have no gaps and no change is stored twice.
/// </summary>
public static class FeedRows
{
    public const string Queue = "feed";

    public const string SeenQueue = "feed-seen";

    public static readonly string RecordKey = RowKeys.Record("feed");

    public static string Key(long sequence) => RowKeys.Queued(Queue, sequence.ToString("D19", CultureInfo.InvariantCulture));

    public static string SeenKey(string eventId) => RowKeys.Queued(SeenQueue, eventId);

    /// <summary>The changes after <paramref name="sequence"/>.</summary>
    public static (string From, string To) After(long sequence) => (Key(sequence + 1), RowKeys.Queue(Queue).To);

    public static Dictionary<string, object> Properties(FeedEntry entry) => ChunkedJson.Write(entry, StoredJson.Options);

    public static FeedEntry Read(StoredRow row) => ChunkedJson.Read<FeedEntry>(row, StoredJson.Options);

    public static Dictionary<string, object> Record(long next) => new() { ["Next"] = next };

    public static long ReadRecord(StoredRow row) => row.Properties.TryGetValue("Next", out var next) ? Convert.ToInt64(next, CultureInfo.InvariantCulture) : 1;

    public static Dictionary<string, object> Seen(long sequence) => new() { ["Sequence"] = sequence };

    public static long ReadSeen(StoredRow row) => Convert.ToInt64(row.Properties["Sequence"], CultureInfo.InvariantCulture);
}
