using CoSell.Grains.Storage;

namespace CoSell.Grains.Notifications;

/// <summary>
/// Notifications (R34) as rows of their recipient's partition: a log row per notification (newest first), written in
/// the same transaction as the change that caused it when the recipient owns that partition, and, while mail is on, a
/// mail queue row (oldest first) that the outbox drains and deletes when the mail is sent or given up.
/// </summary>
public static class NotificationRows
{
    public const string MailQueue = "mail";

    /// <summary>The partition of a notification's recipient: its partner organization, or the seller it concerns.</summary>
    public static string PartitionOf(Notification notification) => PartitionKeys.Owner(notification.RecipientOrganizationId, notification.SellerId);

    /// <summary>The writes that record a new notification (insert-if-absent: a repeat changes nothing).</summary>
    public static IEnumerable<RowWrite> Inserts(Notification notification, bool sending)
    {
        var item = new OutboxItem { Notification = notification };
        yield return RowWrite.Insert(LogKey(notification), Properties(item));
        if (sending)
        {
            yield return RowWrite.Insert(MailKey(notification), Properties(item));
        }
    }

    public static string LogKey(Notification notification) => RowKeys.Notification(notification.CreatedAt, notification.Id);

    public static string MailKey(Notification notification) =>
        RowKeys.Queued(MailQueue, $"{notification.CreatedAt.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}/{notification.Id}");

    public static Dictionary<string, object> Properties(OutboxItem item) => new() { ["Item"] = StoredJson.Serialize(item) };

    public static OutboxItem Read(StoredRow row) => StoredJson.Deserialize<OutboxItem>(row.GetString("Item"));
}
