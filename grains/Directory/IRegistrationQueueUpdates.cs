namespace CoSell.Grains.Directory;

/// <summary>
/// How a referral keeps the registration queue current (<see cref="IRegistrationQueueGrain"/> is what callers may read).
/// </summary>
public interface IRegistrationQueueUpdates : IGrainWithStringKey
{
    Task Upsert(RegistrationQueueEntry entry);
}
