namespace CoSell;

/// <summary>
/// Who owns Microsoft's fallback queue (R4; issue 16, point 2): registered sellers (by id) and other people (Operators,
/// by e-mail) who are mailed when a co-sell request no territory matches lands there, so someone assigns it in time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueOwners(IReadOnlyList<string> SellerIds, IReadOnlyList<string> Emails)
{
    public static readonly QueueOwners None = new([], []);
}
