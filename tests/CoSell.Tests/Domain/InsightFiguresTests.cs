using CoSell.Grains.Domain;

namespace CoSell.Tests.Domain;

/// <summary>The running insight figures (issue 15, point 5): each change moves a referral between points, and the sums stay those of the referrals as they stand.</summary>
public sealed class InsightFiguresTests
{
    private static InsightPoint Open(SalesStage stage, decimal value, string currency = "USD", string tenant = "t-1") => new(tenant, Substatus.Accepted, stage, currency, value);

    [Fact]
    public void R24_moves_keep_the_open_pipeline_per_stage_and_currency_and_never_add_currencies()
    {
        var figures = new InsightFigures();
        figures.Move(null, Open(SalesStage.Created, 100));
        figures.Move(null, Open(SalesStage.Created, 50, "EUR"));
        figures.Move(null, Open(SalesStage.Created, 30));
        figures.Move(Open(SalesStage.Created, 30), Open(SalesStage.Qualified, 30));
        figures.Move(Open(SalesStage.Qualified, 30), Open(SalesStage.Qualified, 45));

        Assert.Equal(
            [new PipelineFigure(SalesStage.Created, "EUR", 1, 50), new PipelineFigure(SalesStage.Created, "USD", 1, 100), new PipelineFigure(SalesStage.Qualified, "USD", 1, 45)],
            figures.Pipeline(null));
    }

    [Fact]
    public void R25_closing_moves_a_deal_out_of_the_pipeline_into_won_or_lost_and_a_repeat_of_no_move_changes_nothing()
    {
        var figures = new InsightFigures();
        var deal = Open(SalesStage.Negotiating, 10);
        figures.Move(null, deal);
        var won = deal with { Substatus = Substatus.Won, Stage = SalesStage.Won };
        figures.Move(deal, won);
        figures.Move(won, won);
        figures.Move(null, Open(SalesStage.Created, 5) with { Substatus = Substatus.Lost });

        Assert.Empty(figures.Pipeline(null));
        Assert.Equal((1, 1), (figures.CountOf(Substatus.Won, null), figures.CountOf(Substatus.Lost, null)));
        Assert.Equal(2, figures.Cells.Count);
    }

    [Fact]
    public void R2_a_reader_counts_only_the_tenants_it_sees()
    {
        var figures = new InsightFigures();
        figures.Move(null, Open(SalesStage.Created, 100, tenant: "t-1"));
        figures.Move(null, Open(SalesStage.Created, 7, tenant: "t-2"));

        Assert.Equal(7, Assert.Single(figures.Pipeline(new HashSet<string> { "t-2" })).Value);
        Assert.Equal(107, Assert.Single(figures.Pipeline(null)).Value);
    }

    [Fact]
    public void R37_the_median_time_to_answer_is_the_middle_answers_hour()
    {
        var figures = new Responsiveness();
        Assert.Null(figures.MedianResponseTime());
        foreach (var hours in new[] { 1.2, 3.5, 3.9, 40, 400 })
        {
            figures.Count(Substatus.Accepted, TimeSpan.FromHours(hours));
        }

        figures.Count(Substatus.Expired, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromHours(3.5), figures.MedianResponseTime());
    }
}
