using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Engagements;

/// <summary>One engagement (R28): every referral of an invitation chain reports its status here. A leaf.</summary>
public sealed class EngagementGrain(
    [PersistentState("engagement", StorageNames.Default)] IPersistentState<EngagementState> store) : Grain, IEngagementGrain
{
    public async Task<EngagementView> Report(EngagementEntry entry)
    {
        if (store.State.Report(entry))
        {
            await store.WriteStateAsync();
        }

        return store.State.View(this.GetPrimaryKeyString());
    }

    public async Task<EngagementView> ReportAll(IReadOnlyList<EngagementEntry> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            changed |= store.State.Report(entry);
        }

        if (changed)
        {
            await store.WriteStateAsync();
        }

        return store.State.View(this.GetPrimaryKeyString());
    }

    public Task<EngagementView> Get() => Task.FromResult(store.State.View(this.GetPrimaryKeyString()));
}
