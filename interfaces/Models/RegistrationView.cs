namespace CoSell;

/// <summary>A referral's deal registration milestone (R30, R31): eligibility and the registration, if any.</summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationView(string ReferralId, RegistrationEligibility Eligibility, DealRegistration? Registration);
