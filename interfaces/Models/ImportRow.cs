namespace CoSell;

/// <summary>
/// One row of a referral import as a front-end read it from the CSV (<see cref="ImportColumns"/>): the create it asks
/// for, keyed by <see cref="CrmId"/>, and the sales stage to put it at. <see cref="Row"/> counts data rows from 1. A row
/// the front-end could not read carries its <see cref="Problem"/> and is reported, never applied.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ImportRow
{
    [Id(0)] public required int Row { get; init; }
    [Id(1)] public string? CrmId { get; init; }
    [Id(2)] public required CreateReferralRequest Request { get; init; }
    [Id(3)] public SalesStage? SalesStage { get; init; }
    [Id(4)] public string? CrmStage { get; init; }
    [Id(5)] public ImportProblem? Problem { get; init; }
}
