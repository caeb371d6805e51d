namespace CoSell;

/// <summary>
/// Whether a referral may be registered (R30), naming each failed criterion: <c>won</c>,
/// <c>inboundCoSell</c> (Microsoft invited the partner), <c>microsoftAccepted</c> (Microsoft engaged or won),
/// <c>incentiveEligibleSolution</c>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationEligibility(bool Eligible, IReadOnlyList<string> FailedCriteria);
