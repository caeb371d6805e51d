namespace CoSell.Rest;

/// <summary>One page of referrals; pass <see cref="ContinuationToken"/> back for the next (R33).</summary>
public sealed record ReferralListResource(IReadOnlyList<ReferralSummaryResource> Items, string? ContinuationToken);
