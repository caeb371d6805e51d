using CoSell.Grains.Hosting;

namespace CoSell.Grains.Notifications;

/// <summary>
/// An organization's durable notification outbox (R34). A notification is written here before the referral
/// change that caused it is reported done to anyone waiting on publication; delivery by e-mail drains it
/// (issue 4). Recording is idempotent by notification id. A leaf.
/// </summary>
public sealed class NotificationOutboxGrain(
    [PersistentState("outbox", StorageNames.Default)] IPersistentState<OutboxState> store) : Grain, INotificationOutboxGrain
{
    public async Task Enqueue(Notification notification)
    {
        if (store.State.SeenIds.Add(notification.Id))
        {
            store.State.Notifications.Add(notification);
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<Notification>> List() => Task.FromResult<IReadOnlyList<Notification>>(store.State.Notifications.ToArray());
}
