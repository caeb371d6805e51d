namespace CoSell;

/// <summary>
/// Live updates of an owner's views (issue 14): front-ends subscribe an observer for a signed-in person, and are told
/// each stored change of the owner's referrals that person may see (R2: their tenant and the tenants linked to it) and
/// each change another party of its engagements made (R28). Key: <see cref="ReferralKeys.Owner"/> of the organization
/// (or seller). Subscriptions live in memory and lapse after <see cref="SubscriptionLifetime"/>: a front-end renews
/// well within it, which also re-subscribes after the grain moved to another silo.
/// </summary>
public interface ILiveViewGrain : IGrainWithStringKey
{
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    /// <summary>Subscribe or renew; only a member of this owner (R3) may watch it.</summary>
    Task Subscribe(Actor actor, ILiveViewObserver observer);

    Task Unsubscribe(ILiveViewObserver observer);
}
