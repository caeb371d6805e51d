namespace CoSell.Grains.Notifications;

/// <summary>
/// The outbox's check of opt-outs before it mails (<see cref="IContactPreferencesGrain"/> is what callers may do).
/// </summary>
public interface IRecipientFilter : IGrainWithStringKey
{
    /// <summary>The recipients that still want mail.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Filter(IReadOnlyList<string> recipients);
}
