using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>The ecosystem's registered partners (R1), for invitee lookup and partner search. A leaf.</summary>
public sealed class PartnerDirectoryGrain(
    [PersistentState("partners", StorageNames.Default)] IPersistentState<Dictionary<string, PartnerProfile>> store) : Grain, IPartnerDirectoryGrain
{
    public async Task Upsert(PartnerProfile profile)
    {
        store.State[profile.Id] = profile;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<PartnerProfile>> Get(IReadOnlyList<string> partnerIds) =>
        Task.FromResult<IReadOnlyList<PartnerProfile>>([.. partnerIds.Distinct().Select(id => store.State.GetValueOrDefault(id)).OfType<PartnerProfile>()]);

    public Task<IReadOnlyList<PartnerProfile>> Search(string? text, int top) =>
        Task.FromResult<IReadOnlyList<PartnerProfile>>([.. store.State.Values
            .Where(p => string.IsNullOrWhiteSpace(text) || p.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Id == text)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Take(Math.Clamp(top, 1, 100))]);
}
