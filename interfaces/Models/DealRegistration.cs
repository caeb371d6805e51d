namespace CoSell;

/// <summary>A won deal's registration (R31): the contract as last submitted and where review stands.</summary>
[GenerateSerializer, Immutable]
public sealed record DealRegistration
{
    [Id(0)] public required RegistrationStatus Status { get; init; }
    [Id(1)] public required ContractType ContractType { get; init; }
    [Id(2)] public required decimal ContractValue { get; init; }
    [Id(3)] public required string Currency { get; init; }
    [Id(4)] public required DateOnly ContractSignedDate { get; init; }
    [Id(5)] public required DateOnly StartDate { get; init; }
    [Id(6)] public required DateOnly EndDate { get; init; }
    [Id(7)] public required string CustomerTenantId { get; init; }
    [Id(8)] public required Contact Contact { get; init; }
    [Id(9)] public string? ReviewComments { get; init; }
    [Id(10)] public required DateTimeOffset SubmittedDateTime { get; init; }
    [Id(11)] public required DateTimeOffset UpdatedDateTime { get; init; }
    [Id(12)] public required int Submissions { get; init; }

    public bool Closed => Status is RegistrationStatus.Approved or RegistrationStatus.Rejected;
}
