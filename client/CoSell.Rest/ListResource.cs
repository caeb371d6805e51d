namespace CoSell.Rest;

/// <summary>
/// Every list of the REST API has this one shape, as referral lists do (R33): a page of <see cref="Items"/> and,
/// when more follow, the <see cref="ContinuationToken"/> that fetches them.
/// </summary>
public sealed record ListResource<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    /// <summary>A page of an in-memory list, resuming after the offset the token holds.</summary>
    public static ListResource<T> Page(IReadOnlyList<T> all, int top, string? continuationToken)
    {
        var offset = OffsetToken.Decode(continuationToken);
        var page = all.Skip(offset).Take(top).ToArray();
        return new ListResource<T>(page, offset + page.Length < all.Count ? OffsetToken.Encode(offset + page.Length) : null);
    }
}
