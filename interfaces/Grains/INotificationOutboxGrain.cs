namespace CoSell;

/// <summary>
/// An organization's durable notification outbox (R34), keyed by organization id. Notifications are recorded
/// once per id; sending them (SMTP) drains this outbox. A leaf: it calls no grain.
/// </summary>
public interface INotificationOutboxGrain : IGrainWithStringKey
{
    Task Enqueue(Notification notification);

    /// <summary>The notifications <paramref name="actor"/> may read (<see cref="Notification.IsVisibleTo"/>), oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Notification>> List(Actor actor);

    /// <summary>Where each notification's e-mail that <paramref name="actor"/> may read stands.</summary>
    [ReadOnly]
    Task<IReadOnlyList<NotificationDelivery>> GetDeliveries(Actor actor);
}
