namespace CoSell;

/// <summary>A registration as Operators see it in the review queue (R31).</summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationQueueEntry(
    string ReferralId,
    string OrganizationId,
    string ReferralName,
    RegistrationStatus Status,
    decimal ContractValue,
    string Currency,
    DateTimeOffset UpdatedDateTime,
    long Version);
