namespace CoSell.Grains.Webhooks;

/// <summary>
/// How a referral's changes reach an organization's webhooks (<see cref="IWebhookGrain"/> is what callers may do).
/// </summary>
public interface IWebhookFeed : IGrainWithStringKey
{
    /// <summary>Referral use: queue this change for every webhook subscribed to its event. Idempotent per delivery id.</summary>
    Task Publish(ReferralChange change);
}
