namespace CoSell;

/// <summary>Close a deal as Won or Lost; Lost needs a reason (R25).</summary>
[GenerateSerializer, Immutable]
public sealed record CloseReferralRequest(CloseOutcome? Outcome, string? Reason = null, string? IfMatch = null, string? IdempotencyKey = null);
