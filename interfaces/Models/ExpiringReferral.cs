namespace CoSell;

/// <summary>A received referral whose answer window closes soon (R21, R22): the caller's to accept or decline before then.</summary>
[GenerateSerializer, Immutable]
public sealed record ExpiringReferral(string ReferralId, string Name, DateTimeOffset ExpirationDateTime);
