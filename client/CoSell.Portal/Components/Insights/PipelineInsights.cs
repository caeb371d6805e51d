using CoSell.Portal.Components.Referrals;

namespace CoSell.Portal.Components.Insights;

/// <summary>
/// What the insights screen shows, computed from the organization's views as they stand: the open pipeline by stage
/// (count and value per currency, never adding currencies), the win rate of closed deals, and the received referrals
/// whose answer window closes within <see cref="ExpiringWithin"/>. Pure, so it is tested without a cluster.
/// </summary>
public sealed record PipelineInsights(
    IReadOnlyList<PipelineColumn> Stages,
    int Won,
    int Lost,
    IReadOnlyList<ReferralSummary> Expiring,
    DateTimeOffset AsOf)
{
    public static readonly TimeSpan ExpiringWithin = TimeSpan.FromDays(3);

    /// <summary>Won of all closed as won or lost, in percent; null before the first outcome.</summary>
    public int? WinRatePercent => Won + Lost == 0 ? null : (int)Math.Round(100.0 * Won / (Won + Lost), MidpointRounding.AwayFromZero);

    /// <summary>The currencies of the open pipeline, largest total first.</summary>
    public IReadOnlyList<string> Currencies =>
        [.. Stages.SelectMany(s => s.Deals).GroupBy(d => d.Currency).OrderByDescending(g => g.Sum(d => d.DealValue)).Select(g => g.Key)];

    public static PipelineInsights From(IEnumerable<ReferralSummary> referrals, DateTimeOffset now)
    {
        var all = referrals.ToList();
        var expiring = all
            .Where(r => r.Direction == ReferralDirection.Incoming && r.Substatus == Substatus.Received)
            .Where(r => r.ExpirationDateTime is { } deadline && deadline > now && deadline - now <= ExpiringWithin)
            .OrderBy(r => r.ExpirationDateTime)
            .ToList();
        return new PipelineInsights(
            PipelineColumn.Of(all.Where(r => r.Substatus == Substatus.Accepted)),
            all.Count(r => r.Substatus == Substatus.Won),
            all.Count(r => r.Substatus == Substatus.Lost),
            expiring,
            now);
    }
}
