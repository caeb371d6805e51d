namespace CoSell.Grains.Directory;

/// <summary>
/// Routes co-sell requests to sellers by territory, fewest open requests first, else to the fallback queue
/// (R4). Key: <see cref="DirectoryKeys.Default"/>. A leaf: it calls no grain.
/// </summary>
public interface ISellerDirectoryGrain : ISellerRosterGrain
{
    Task Upsert(SellerProfile profile);

    /// <summary>Pick the seller for a request; asking again for the same referral returns the same seller.</summary>
    Task<string> Assign(string referralId, string? country);

    /// <summary>The request is no longer open (engaged, declined or lapsed).</summary>
    Task Release(string referralId);
}
