namespace CoSell;

/// <summary>
/// An organization's durable notification outbox (R34), keyed by organization id. Notifications are recorded
/// once per id; sending them (SMTP) drains this outbox. A leaf: it calls no grain.
/// </summary>
public interface INotificationOutboxGrain : IGrainWithStringKey
{
    Task Enqueue(Notification notification);

    [ReadOnly]
    Task<IReadOnlyList<Notification>> List();

    /// <summary>Where each notification's e-mail stands.</summary>
    [ReadOnly]
    Task<IReadOnlyList<NotificationDelivery>> GetDeliveries();
}
