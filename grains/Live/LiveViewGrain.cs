using CoSell.Grains.Domain;

namespace CoSell.Grains.Live;

/// <summary>
/// An owner's live view (<see cref="ILiveViewGrain"/>): the watchers subscribed now, each with what its person may see,
/// told of each change as it is stored. Holds nothing durable: after a restart watchers renew and carry on.
/// A subscription's lifetime runs on the machine's clock, not the engine's <see cref="TimeProvider"/>: front-ends renew
/// on real time, and a business clock moved on (a test crossing a 14-day window) must not drop the pages watching.
/// </summary>
public sealed class LiveViewGrain : Grain, ILiveViewGrain, ILiveViewFeed
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    private readonly Dictionary<ILiveViewObserver, LiveWatcher> _watchers = [];

    public async Task Subscribe(Actor actor, ILiveViewObserver observer)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var owner = this.GetPrimaryKeyString();
        if (ReferralKeys.OwnerOf(actor) != owner || !actor.HasAnyRole)
        {
            throw CoSellException.AccessDenied("owner", "Only a member of an organization (or the seller itself) may watch its referrals (R3).");
        }

        // The tenants this person sees (R2), read once per subscription: a partner's desk knows its links; Microsoft's
        // side has one tenant.
        IReadOnlyList<string> tenants = actor.IsMicrosoft
            ? [actor.TenantId]
            : await GrainFactory.GetGrain<IPartnerGrain>(actor.OrganizationId).GetVisibleTenants(actor);
        _watchers[observer] = new LiveWatcher(actor, tenants.ToHashSet(StringComparer.Ordinal), Clock.GetUtcNow() + ILiveViewGrain.SubscriptionLifetime);
    }

    public Task Unsubscribe(ILiveViewObserver observer)
    {
        _watchers.Remove(observer);
        return Task.CompletedTask;
    }

    public Task Changed(LiveChange change)
    {
        var now = Clock.GetUtcNow();
        foreach (var (observer, watcher) in _watchers.ToArray())
        {
            if (watcher.Until < now)
            {
                _watchers.Remove(observer);
            }
            else if (LiveVisibility.Sees(watcher, change))
            {
                _ = observer.Changed(change);
            }
        }

        return Task.CompletedTask;
    }
}
