namespace CoSell.Bench;

/// <summary>What a run found, as written to JSON.</summary>
public sealed record BenchReport(
    string Size,
    string Machine,
    DateTimeOffset RanAt,
    IReadOnlyList<WorkloadResult> Results,
    IReadOnlyDictionary<string, double> MemoryPerReferralGrainBytes,
    IReadOnlyList<ScaleStep>? Scale = null,
    IReadOnlyList<OrganizationStep>? Organization = null);
