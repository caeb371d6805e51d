using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>Every deal registration's latest status, for Operators to find what awaits review (R31). A leaf.</summary>
public sealed class RegistrationQueueGrain(
    [PersistentState("registrations", StorageNames.Default)] IPersistentState<Dictionary<string, RegistrationQueueEntry>> store) : Grain, IRegistrationQueueGrain, IRegistrationQueueUpdates
{
    public async Task Upsert(RegistrationQueueEntry entry)
    {
        if (store.State.TryGetValue(entry.ReferralId, out var current) && current.Version >= entry.Version)
        {
            return;
        }

        store.State[entry.ReferralId] = entry;
        await store.WriteStateAsync();
    }

    public Task<string?> OrganizationOf(string referralId) => Task.FromResult(store.State.GetValueOrDefault(referralId)?.OrganizationId);

    public Task<IReadOnlyList<RegistrationQueueEntry>> List(Actor actor, RegistrationStatus? status)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "The registration queue is for Operators (R3, R31).");
        }

        return Task.FromResult<IReadOnlyList<RegistrationQueueEntry>>([.. store.State.Values
            .Where(e => status is null || e.Status == status)
            .OrderBy(e => e.UpdatedDateTime)
            .ThenBy(e => e.ReferralId, StringComparer.Ordinal)]);
    }
}
