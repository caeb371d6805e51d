namespace CoSell;

/// <summary>
/// An organization's insights as they stand (not a day old): the open pipeline by stage per currency (R24), won and lost
/// deals and the win rate (R25), how fast received referrals were answered (R37: mean and median), and what expires
/// within <see cref="ExpiringWithinDays"/>. Computed from running figures kept with every change, so reading them costs
/// the same at 100 referrals as at 100,000. Only the tenants the caller sees count (R2).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganizationInsights(
    IReadOnlyList<PipelineFigure> Pipeline,
    int Won,
    int Lost,
    int? WinRatePercent,
    int Answered,
    TimeSpan? AverageTimeToRespond,
    TimeSpan? MedianTimeToRespond,
    IReadOnlyList<ExpiringReferral> Expiring,
    int ExpiringWithinDays,
    DateTimeOffset AsOf)
{
    public const int MaxExpiringWithinDays = 30;

    /// <summary>The most expiring referrals listed (the soonest first).</summary>
    public const int MaxExpiring = 100;
}
