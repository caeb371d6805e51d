namespace CoSell;

/// <summary>Accept an inbound referral, optionally with the receiver's own name, details and team (R19, R22).</summary>
[GenerateSerializer, Immutable]
public sealed record AcceptReferralRequest(
    string? Name = null,
    DealDetailsInput? Details = null,
    IReadOnlyList<Contact>? Team = null,
    string? IfMatch = null,
    string? IdempotencyKey = null);
