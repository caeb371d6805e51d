namespace CoSell;

/// <summary>Decline an inbound referral with a reason from the fixed list and optional notes (R20, R22).</summary>
[GenerateSerializer, Immutable]
public sealed record DeclineReferralRequest(DeclineReason? Reason, string? Notes = null, string? IfMatch = null, string? IdempotencyKey = null);
