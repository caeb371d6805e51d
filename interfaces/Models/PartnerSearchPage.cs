namespace CoSell;

/// <summary>One page of partner search results, best match first; pass <see cref="ContinuationToken"/> for the next.</summary>
[GenerateSerializer, Immutable]
public sealed record PartnerSearchPage(IReadOnlyList<PartnerCard> Items, string? ContinuationToken);
