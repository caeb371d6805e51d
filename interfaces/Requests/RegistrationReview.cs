namespace CoSell;

/// <summary>An Operator's review of a submitted registration; Reject and RequestInfo need comments (R31).</summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationReview(ReviewDecision? Decision, string? Comments);
