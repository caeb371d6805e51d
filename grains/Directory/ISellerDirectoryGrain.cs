using CoSell.Grains.Domain;

namespace CoSell.Grains.Directory;

/// <summary>
/// Routes co-sell requests to sellers by territory, fewest open requests first, else to the fallback queue
/// (R4). Key: <see cref="DirectoryKeys.Default"/>. A leaf: it calls no grain.
/// </summary>
public interface ISellerDirectoryGrain : ISellerRosterGrain
{
    Task Upsert(SellerProfile profile);

    /// <summary>
    /// Pick the seller for a request; asking again for the same referral returns the same seller. No territory match:
    /// <paramref name="fallback"/> when it is a registered seller, else the fallback queue.
    /// </summary>
    Task<string> Assign(string referralId, string? country, string fallback, OpenRequest? request = null);

    /// <summary>Other partners' open co-sell requests for the same customer as <paramref name="referralId"/> (channel conflict).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<string>> Competing(string referralId);

    /// <summary>The request is no longer open (engaged, declined or lapsed).</summary>
    Task Release(string referralId);

    /// <summary>An Operator moved an open request to <paramref name="sellerId"/> (its load counts there from now).</summary>
    Task Reassigned(string referralId, string sellerId);

    /// <summary>The registered sellers among <paramref name="sellerIds"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SellerProfile>> Profiles(IReadOnlyList<string> sellerIds);
}
