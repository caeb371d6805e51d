namespace CoSell;

/// <summary>
/// A referral's deal registration milestone (R30, R31): eligibility and the registration, if any, with the referral's
/// <see cref="ETag"/> to send back as If-Match on a submit or review (R40).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationView(string ReferralId, RegistrationEligibility Eligibility, DealRegistration? Registration, string? ETag = null);
