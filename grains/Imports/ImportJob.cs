namespace CoSell.Grains.Imports;

/// <summary>
/// An import as stored in its record row: who started it (every row is applied as that actor), the mode, how many
/// pages of rows it has and the next one to work on, and the counts so far.
/// </summary>
public sealed record ImportJob
{
    public required string Id { get; init; }
    public required Actor Actor { get; init; }
    public required bool DryRun { get; init; }
    public required int Total { get; init; }
    public required int Pages { get; init; }
    public required int NextPage { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public int Processed { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Failed { get; init; }

    public bool IsComplete => NextPage >= Pages;

    /// <summary>The job after one more page of <paramref name="results"/>.</summary>
    public ImportJob After(IReadOnlyList<ImportRowResult> results, DateTimeOffset now)
    {
        var next = this with
        {
            NextPage = NextPage + 1,
            Processed = Processed + results.Count,
            Created = Created + results.Count(r => r.Action == ImportAction.Create),
            Updated = Updated + results.Count(r => r.Action == ImportAction.Update),
            Unchanged = Unchanged + results.Count(r => r.Action == ImportAction.NoChange),
            Failed = Failed + results.Count(r => r.Action == ImportAction.Error),
        };
        return next.IsComplete ? next with { CompletedAt = now } : next;
    }

    public ReferralImport ToImport(IReadOnlyList<ImportRowResult> rows) => new()
    {
        Id = Id,
        DryRun = DryRun,
        Status = IsComplete ? ImportStatus.Completed : ImportStatus.Running,
        Total = Total,
        Processed = Processed,
        Created = Created,
        Updated = Updated,
        Unchanged = Unchanged,
        Failed = Failed,
        StartedDateTime = StartedAt,
        CompletedDateTime = CompletedAt,
        UserId = Actor.UserId,
        Rows = rows,
    };
}
