namespace CoSell;

/// <summary>
/// A Microsoft seller, keyed by seller id: its profile and territory (R4), the co-sell requests routed to it
/// (its inbound view) and the deals it created to invite partners (inbound co-sell, R5).
/// The key <see cref="Organizations.FallbackSellerQueue"/> is the queue for requests no territory matches.
/// </summary>
public interface ISellerGrain : IReferralDesk
{
    /// <summary>Operator: register or update the seller.</summary>
    Task<SellerProfile> Register(Actor actor, SellerProfile profile);

    [AlwaysInterleave]
    Task<SellerProfile?> GetProfile();

    /// <summary>Operator, on the fallback queue only: who is mailed when a request lands in it (R4).</summary>
    Task<QueueOwners> SetQueueOwners(Actor actor, QueueOwners owners);

    /// <summary>Operator, on the fallback queue only: its owners.</summary>
    [ReadOnly]
    Task<QueueOwners> GetQueueOwners(Actor actor);

    /// <summary>
    /// The seller itself: which seller holds the co-sell request <paramref name="referralId"/> this seller joined as a
    /// colleague (R22), so its reads go there; null when it joined none by that id.
    /// </summary>
    [ReadOnly]
    Task<string?> FindShared(Actor actor, string referralId);

    /// <summary>The seller itself: the co-sell requests it joined as a colleague (R22), latest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SharedRequest>> ListShared(Actor actor);
}
