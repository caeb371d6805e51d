using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Desks;

/// <summary>
/// A Microsoft seller (R4, R5, R22): its profile and territory, the co-sell requests routed to it, and the deals
/// it creates to invite partners (inbound co-sell). The fallback queue is a seller desk with no profile.
/// </summary>
public sealed class SellerGrain(
    [PersistentState("seller", StorageNames.Default)] IPersistentState<DeskState> store,
    TimeProvider clock,
    CoSellMetrics metrics,
    ILogger<SellerGrain> logger) : ReferralDeskGrain(store, "seller", clock, metrics, logger), ISellerGrain
{
    public async Task<SellerProfile> Register(Actor actor, SellerProfile profile)
    {
        if (!actor.Has(Role.Operator))
        {
            throw CoSellException.AccessDenied("role", "Registering sellers needs the Operator role (R3).");
        }

        SellerRegistration.EnsureValid(profile, Key);
        State.Seller = profile;
        await WriteAsync();
        await GrainFactory.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Upsert(profile);
        return profile;
    }

    public Task<SellerProfile?> GetProfile() => Task.FromResult(State.Seller);

    protected override Originator EnsureOriginator(Actor actor)
    {
        EnsureSeller(actor);
        if (Key == Organizations.FallbackSellerQueue || State.Seller is null)
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' is not registered (R4).");
        }

        return new Originator(Organizations.Microsoft, "Microsoft", Key, Key, false);
    }

    protected override IReadOnlySet<string>? EnsureReader(Actor actor)
    {
        EnsureSeller(actor);
        return null;
    }

    private void EnsureSeller(Actor actor)
    {
        var operatorOnQueue = actor.IsMicrosoft && actor.Has(Role.Operator);
        if (!operatorOnQueue && (!actor.IsMicrosoft || !actor.Has(Role.MicrosoftSeller) || actor.SellerId != Key))
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' was not found.");
        }
    }
}
