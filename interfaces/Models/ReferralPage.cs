namespace CoSell;

/// <summary>One page of a view, newest update first; pass <see cref="ContinuationToken"/> back for the next (R33).</summary>
[GenerateSerializer, Immutable]
public sealed record ReferralPage(IReadOnlyList<ReferralSummary> Items, string? ContinuationToken);
