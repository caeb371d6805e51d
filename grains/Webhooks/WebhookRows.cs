using System.Globalization;
using System.Runtime.CompilerServices;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// An organization's webhooks as rows of its partition (<see cref="PartitionKeys.Organization"/>): one settings record
/// and one queue row per delivery, keyed by the change's time and version so each webhook's deliveries read in the
/// order the referrals changed. A delivery's key is derived from the change, so queuing it again is an insert of an
/// existing row: a repeat is recognised by storage, not only by memory.
/// </summary>
public static class WebhookRows
{
    public const string Queue = "webhook";

    public static readonly string SettingsKey = RowKeys.Record("webhooks");

    public static string Key(QueuedDelivery delivery) =>
        RowKeys.Queued(Queue, string.Create(CultureInfo.InvariantCulture, $"{delivery.ChangedAt.UtcTicks:D19}.{delivery.ReferralVersion:D19}.{delivery.Id}"));

    public static (string From, string To) All => RowKeys.Queue(Queue);

    /// <summary>Every queue row of the partition, oldest first.</summary>
    public static async IAsyncEnumerable<StoredRow> ReadQueue(IPartitionStore partitions, string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (from, to) = All;
        string? continuation = null;
        do
        {
            var page = await partitions.QueryAsync(partition, from, to, 1000, continuation, cancellationToken);
            foreach (var row in page.Rows)
            {
                yield return row;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    public static Dictionary<string, object> Properties(QueuedDelivery delivery) => ChunkedJson.Write(delivery, StoredJson.Options);

    public static QueuedDelivery Read(StoredRow row) => ChunkedJson.Read<QueuedDelivery>(row, StoredJson.Options);

    public static Dictionary<string, object> Properties(WebhookSettings settings) => new() { ["Settings"] = StoredJson.Serialize(settings) };

    public static WebhookSettings ReadSettings(StoredRow row) => StoredJson.Deserialize<WebhookSettings>(row.GetString("Settings"));
}
