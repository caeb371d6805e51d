namespace CoSell.Bench;

/// <summary>
/// One step of the organization series: one partner holds <see cref="Referrals"/> received referrals, all but the
/// newest closed. <see cref="ActivationMicroseconds"/> is the median cold call to its desk, <see cref="FirstPageMicroseconds"/>
/// the median first page (100) of its inbound view, <see cref="DeskHeapBytes"/> the heap its active desk holds, and
/// <see cref="StorageFirstPageMicroseconds"/> the median of the storage alone answering that page's read of view rows,
/// <see cref="InsightsMicroseconds"/> the median cold insights read (<c>GET /v1/insights</c>) and
/// <see cref="InsightBacklogSeconds"/> the one fold of the insight deltas the seeding left.
/// </summary>
public sealed record OrganizationStep(
    string Storage,
    long Referrals,
    double SeedSeconds,
    double ActivationMicroseconds,
    double FirstPageMicroseconds,
    double DeskHeapBytes,
    double StorageFirstPageMicroseconds,
    double InsightsMicroseconds,
    double InsightBacklogSeconds);
