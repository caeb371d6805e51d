using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Desks;

/// <summary>
/// A Microsoft seller (R4, R5, R22): its profile and territory, the co-sell requests routed to it, and the deals
/// it creates to invite partners (inbound co-sell). The fallback queue is a seller desk with no profile.
/// </summary>
public sealed class SellerGrain(
    [PersistentState("seller", StorageNames.Default)] IPersistentState<DeskState> store,
    IPartitionStore partitions,
    IOptions<CoSellOptions> options,
    TimeProvider clock,
    CoSellMetrics metrics,
    ILogger<SellerGrain> logger) : ReferralDeskGrain(store, partitions, clock, metrics, logger), ISellerGrain
{
    protected override (string OrganizationId, string? SellerId) Owner => (Organizations.Microsoft, Key);

    protected override TimeSpan ResponseWindow(InboundReferralDraft draft) => options.Value.Windows.SellerDecision;

    public async Task<SellerProfile> Register(Actor actor, SellerProfile profile)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering sellers needs the Operator role of organization msft (R3).");
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
        // Only the seller itself creates and invites from its desk: an Operator never acts as a seller (R3).
        EnsureSeller(actor);
        if (Key == Organizations.FallbackSellerQueue || State.Seller is null)
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' is not registered (R4).");
        }

        return new Originator(Organizations.Microsoft, "Microsoft", Key, Key, false);
    }

    /// <summary>The seller reads its own desk; Microsoft's Operators read the fallback queue, which no seller owns (R4).</summary>
    protected override IReadOnlySet<string>? EnsureReader(Actor actor)
    {
        if (!(Key == Organizations.FallbackSellerQueue && actor.IsOperator))
        {
            EnsureSeller(actor);
        }

        return null;
    }

    private void EnsureSeller(Actor actor)
    {
        if (!actor.IsMicrosoft || !actor.Has(Role.MicrosoftSeller) || actor.SellerId != Key)
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' was not found.");
        }
    }
}
