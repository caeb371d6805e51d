namespace CoSell;

/// <summary>
/// A referral import (or its dry run) and how far it got: counts per action and each processed row's outcome, in row
/// order. Poll it while <see cref="Status"/> is <see cref="ImportStatus.Running"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralImport
{
    /// <summary>At most this many rows in one import (as Partner Center allows for an upload).</summary>
    public const int MaxRows = 1000;

    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required bool DryRun { get; init; }
    [Id(2)] public required ImportStatus Status { get; init; }
    [Id(3)] public required int Total { get; init; }
    [Id(4)] public required int Processed { get; init; }
    [Id(5)] public required int Created { get; init; }
    [Id(6)] public required int Updated { get; init; }
    [Id(7)] public required int Unchanged { get; init; }
    [Id(8)] public required int Failed { get; init; }
    [Id(9)] public required DateTimeOffset StartedDateTime { get; init; }
    [Id(10)] public DateTimeOffset? CompletedDateTime { get; init; }
    [Id(11)] public required string UserId { get; init; }
    [Id(12)] public required IReadOnlyList<ImportRowResult> Rows { get; init; }
}
