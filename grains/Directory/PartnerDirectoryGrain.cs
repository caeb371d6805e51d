using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>The ecosystem's registered partners (R1), for invitee lookup and ranked partner search (R37). A leaf.</summary>
public sealed class PartnerDirectoryGrain(
    [PersistentState("partner-directory", StorageNames.Default)] IPersistentState<PartnerDirectoryState> store) : Grain, IPartnerDirectoryGrain
{
    public async Task Upsert(PartnerProfile profile)
    {
        store.State.Partners[profile.Id] = profile;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<PartnerProfile>> Get(IReadOnlyList<string> partnerIds) =>
        Task.FromResult<IReadOnlyList<PartnerProfile>>([.. partnerIds.Distinct().Select(id => store.State.Partners.GetValueOrDefault(id)).OfType<PartnerProfile>()]);

    public Task<IReadOnlyList<PartnerProfile>> Search(string? text, int top) =>
        Task.FromResult(PartnerSearch.Rank(store.State.Partners.Values, store.State.Responsiveness, text, top));

    public async Task ReportResponsiveness(string partnerId, ResponsivenessStats stats)
    {
        store.State.Responsiveness[partnerId] = stats;
        await store.WriteStateAsync();
    }
}
