using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>The ecosystem's registered partners (R1), for invitee lookup and ranked partner search (R37). A leaf.</summary>
public sealed class PartnerDirectoryGrain(
    [PersistentState("partner-directory", StorageNames.Default)] IPersistentState<PartnerDirectoryState> store) : Grain, IPartnerDirectoryGrain, IPartnerDirectoryRecords
{
    public async Task Upsert(PartnerProfile profile)
    {
        // R2: a directory tenant belongs to one partner; registering it for a second would open its inbox to both.
        for (var i = 0; i < profile.Tenants.Count; i++)
        {
            var tenant = profile.Tenants[i].Id;
            if (store.State.Partners.Values.FirstOrDefault(p => p.Id != profile.Id && p.Tenants.Any(t => t.Id == tenant)) is { } owner)
            {
                throw CoSellException.Validation($"tenants[{i}].id", $"Tenant '{tenant}' already belongs to partner '{owner.Id}' (R2).");
            }
        }

        store.State.Partners[profile.Id] = profile;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<PartnerProfile>> Get(IReadOnlyList<string> partnerIds) =>
        Task.FromResult<IReadOnlyList<PartnerProfile>>([.. partnerIds.Distinct().Select(id => store.State.Partners.GetValueOrDefault(id)).OfType<PartnerProfile>()]);

    public async Task<PartnerSearchPage> Search(string? text, int top, string? continuationToken = null)
    {
        var query = PartnerSearch.EnsureQuery(text);
        var size = Math.Clamp(top, 1, PartnerSearch.MaxTop);
        var offset = OffsetToken.Decode(continuationToken);
        // Solutions live in the catalog (a leaf that calls nothing), so asking it cannot form a cycle. A partner is
        // found by its published solutions as well as by its name (R37).
        var solutions = (await GrainFactory.GetGrain<ISolutionCatalogGrain>(DirectoryKeys.Default).List(null, SolutionKind.Partner))
            .ToLookup(s => s.PublisherId);
        var ranked = PartnerSearch.Rank(store.State.Partners.Values, store.State.Responsiveness, query, solutions);
        var page = ranked.Skip(offset).Take(size).ToArray();
        if (page.Length == 0)
        {
            return new PartnerSearchPage([], null);
        }

        var cards = page.Select(p => new PartnerCard(p.Id, p.Name, p.Country, [.. solutions[p.Id]], store.State.Responsiveness.GetValueOrDefault(p.Id), p.CoSellReady)).ToArray();
        return new PartnerSearchPage(cards, offset + size < ranked.Count ? OffsetToken.Encode(offset + size) : null);
    }

    public async Task ReportResponsiveness(string partnerId, ResponsivenessStats stats)
    {
        if (!Responsiveness.Supersedes(stats, store.State.Responsiveness.GetValueOrDefault(partnerId)))
        {
            return;
        }

        store.State.Responsiveness[partnerId] = stats;
        await store.WriteStateAsync();
    }
}
