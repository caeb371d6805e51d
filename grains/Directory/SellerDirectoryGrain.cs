using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>Sellers by territory and their open co-sell requests, for routing (R4). A leaf.</summary>
public sealed class SellerDirectoryGrain(
    [PersistentState("sellers", StorageNames.Default)] IPersistentState<SellerRouting> store) : Grain, ISellerDirectoryGrain
{
    public async Task Upsert(SellerProfile profile)
    {
        store.State.Upsert(profile);
        await store.WriteStateAsync();
    }

    public async Task<string> Assign(string referralId, string? country, string fallback, OpenRequest? request = null)
    {
        var known = store.State.Open.ContainsKey(referralId);
        var seller = store.State.Assign(referralId, country, fallback, request);
        if (!known)
        {
            await store.WriteStateAsync();
        }

        return seller;
    }

    public Task<IReadOnlyList<SellerListing>> List(Actor actor)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "The seller roster is for Microsoft's Operators (R3).");
        }

        return Task.FromResult<IReadOnlyList<SellerListing>>(
            [.. store.State.Sellers.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SellerListing(s, store.State.OpenRequests(s.Id)))]);
    }

    public Task<string> Locate(Actor actor, string referralId)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Assigning co-sell requests needs the Operator role of organization msft (R3, R4).");
        }

        return store.State.Locate(referralId) is { } seller
            ? Task.FromResult(seller)
            : throw CoSellException.NotFound("referralId", $"No open co-sell request '{referralId}' waits with a seller or the queue.");
    }

    public Task<IReadOnlyList<string>> Competing(string referralId) => Task.FromResult(store.State.Competing(referralId));

    public async Task Reassigned(string referralId, string sellerId)
    {
        if (store.State.Reassign(referralId, sellerId))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<SellerProfile>> Profiles(IReadOnlyList<string> sellerIds) =>
        Task.FromResult<IReadOnlyList<SellerProfile>>([.. sellerIds.Distinct(StringComparer.Ordinal)
            .Select(id => store.State.Sellers.GetValueOrDefault(id)).OfType<SellerProfile>()]);

    public async Task Release(string referralId)
    {
        if (store.State.Release(referralId))
        {
            await store.WriteStateAsync();
        }
    }
}
