namespace CoSell;

/// <summary>
/// The registered Microsoft sellers, for Operators (R3, R4): who covers which countries and how many co-sell requests
/// each has open. Key: <see cref="DirectoryKeys.Default"/>. The routing directory answers it: the roster is its data.
/// </summary>
public interface ISellerRosterGrain : IGrainWithStringKey
{
    /// <summary>Operator: every seller, by id.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SellerListing>> List(Actor actor);

    /// <summary>Operator: the seller (or the fallback queue) an open co-sell request waits with now (R4); 404 when none.</summary>
    [ReadOnly]
    Task<string> Locate(Actor actor, string referralId);
}
