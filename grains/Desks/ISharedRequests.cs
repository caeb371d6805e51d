namespace CoSell.Grains.Desks;

/// <summary>
/// A seller's pointers to the co-sell requests it joined as a colleague (R22): a request stays in the partition of the
/// seller holding it, so a colleague's reads are sent there. Key: the seller id (its desk).
/// </summary>
public interface ISharedRequests : IGrainWithStringKey
{
    /// <summary>
    /// Publication use: <paramref name="request"/>, in the engagement <paramref name="engagementKey"/>, is shared with
    /// this seller; a repeat changes nothing.
    /// </summary>
    [AlwaysInterleave]
    Task Share(SharedRequest request, string engagementKey);
}
