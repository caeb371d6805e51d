using CoSell.Portal.Components.Insights;

namespace CoSell.Portal.Tests.Components;

/// <summary>The insights screen's figures (screen 7): the open pipeline by stage per currency (R24), the win rate (R25), what expires within 3 days (R21).</summary>
public sealed class PipelineInsightsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_deals_are_summed_per_stage_and_currency_and_currencies_are_never_added_R24()
    {
        var insights = PipelineInsights.From(
        [
            Summary("a", Substatus.Accepted, SalesStage.Qualified, 100m, "USD"),
            Summary("b", Substatus.Accepted, SalesStage.Qualified, 50m, "EUR"),
            Summary("c", Substatus.Accepted, SalesStage.Proposed, 300m, "EUR"),
            Summary("d", Substatus.Won, SalesStage.Won, 1_000m, "USD"),
        ], Now);

        var qualified = insights.Stages.Single(s => s.Stage == SalesStage.Qualified);
        Assert.Equal([("USD", 100m), ("EUR", 50m)], qualified.Totals);
        Assert.Equal(["EUR", "USD"], insights.Currencies);
        Assert.DoesNotContain(insights.Stages.SelectMany(s => s.Deals), d => d.Id == "d");
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, 100)]
    [InlineData(2, 1, 67)]
    [InlineData(1, 2, 33)]
    [InlineData(1, 1, 50)]
    public void The_win_rate_counts_won_among_won_and_lost_R25(int won, int lost, int? percent)
    {
        var closed = Enumerable.Range(0, won).Select(i => Summary($"w{i}", Substatus.Won, SalesStage.Won))
            .Concat(Enumerable.Range(0, lost).Select(i => Summary($"l{i}", Substatus.Lost, SalesStage.Qualified)))
            .Append(Summary("declined", Substatus.Declined, SalesStage.Created));

        Assert.Equal(percent, PipelineInsights.From(closed, Now).WinRatePercent);
    }

    [Fact]
    public void Expiring_lists_received_inbound_referrals_whose_window_closes_within_3_days_soonest_first_R21()
    {
        var insights = PipelineInsights.From(
        [
            Summary("in-2d", Substatus.Received, SalesStage.Created, expires: Now.AddDays(2)),
            Summary("in-1h", Substatus.Received, SalesStage.Created, expires: Now.AddHours(1)),
            Summary("at-3d", Substatus.Received, SalesStage.Created, expires: Now.AddDays(3)),
            Summary("in-4d", Substatus.Received, SalesStage.Created, expires: Now.AddDays(4)),
            Summary("past", Substatus.Received, SalesStage.Created, expires: Now.AddMinutes(-1)),
            Summary("answered", Substatus.Accepted, SalesStage.Accepted, expires: Now.AddDays(1)),
            Summary("sent", Substatus.Received, SalesStage.Created, expires: Now.AddDays(1), direction: ReferralDirection.Outgoing),
        ], Now);

        Assert.Equal(["in-1h", "in-2d", "at-3d"], insights.Expiring.Select(r => r.Id));
    }

    private static ReferralSummary Summary(
        string id, Substatus substatus, SalesStage stage, decimal value = 10m, string currency = "USD",
        DateTimeOffset? expires = null, ReferralDirection direction = ReferralDirection.Incoming) => new()
        {
            Id = id,
            EngagementId = "e-" + id,
            OrganizationId = "1234567",
            TenantId = "t-1",
            Name = id,
            Direction = direction,
            DealType = DealType.PartnerToPartner,
            Status = substatus is Substatus.Received ? ReferralStatus.New : substatus is Substatus.Accepted ? ReferralStatus.Active : ReferralStatus.Closed,
            Substatus = substatus,
            SalesStage = stage,
            CustomerName = "Contoso",
            DealValue = value,
            Currency = currency,
            ExpirationDateTime = expires,
            UpdatedDateTime = Now,
            Version = 1,
        };
}
