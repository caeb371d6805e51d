namespace CoSell;

/// <summary>
/// An owner's durable notification outbox (R34), keyed by <see cref="ReferralKeys.Owner"/> (a partner organization,
/// or a Microsoft seller). Notifications are recorded once per id; sending them (SMTP) drains this outbox.
/// </summary>
public interface INotificationOutboxGrain : IGrainWithStringKey
{
    /// <summary>The notifications <paramref name="actor"/> may read (<see cref="Notification.IsVisibleTo"/>), oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Notification>> List(Actor actor);

    /// <summary>Where each notification's e-mail that <paramref name="actor"/> may read stands.</summary>
    [ReadOnly]
    Task<IReadOnlyList<NotificationDelivery>> GetDeliveries(Actor actor);
}
