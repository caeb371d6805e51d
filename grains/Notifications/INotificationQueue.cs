namespace CoSell.Grains.Notifications;

/// <summary>
/// How grains hand notifications to an owner's outbox (<see cref="INotificationOutboxGrain"/> is what callers may read).
/// </summary>
public interface INotificationQueue : IGrainWithStringKey
{
    Task Enqueue(Notification notification);

    /// <summary>A change recorded notifications with mail to send in this owner's partition itself: drain them.</summary>
    [OneWay]
    Task MailQueued();
}
