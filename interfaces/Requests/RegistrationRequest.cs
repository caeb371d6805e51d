namespace CoSell;

/// <summary>Contract details a partner submits, or amends and resubmits, to register a won deal (R31).</summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationRequest
{
    [Id(0)] public ContractType? ContractType { get; init; }
    [Id(1)] public decimal? ContractValue { get; init; }
    [Id(2)] public string? Currency { get; init; }
    [Id(3)] public DateOnly? ContractSignedDate { get; init; }
    [Id(4)] public DateOnly? StartDate { get; init; }
    [Id(5)] public DateOnly? EndDate { get; init; }
    [Id(6)] public string? CustomerTenantId { get; init; }
    [Id(7)] public Contact? Contact { get; init; }
}
