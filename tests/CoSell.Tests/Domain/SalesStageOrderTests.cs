namespace CoSell.Tests.Domain;

/// <summary>The moves a front-end offers from a stage (<see cref="SalesStageOrder"/>) are the ones the rules allow.</summary>
public sealed class SalesStageOrderTests
{
    [Fact]
    public void R24_standard_stages_offer_every_later_stage_but_Won()
    {
        Assert.Equal([SalesStage.Developed, SalesStage.Proposed, SalesStage.Negotiating], SalesStageOrder.NextFrom(DealType.CoSell, SalesStage.Qualified));
        Assert.Empty(SalesStageOrder.NextFrom(DealType.PartnerToPartner, SalesStage.Negotiating));
    }

    [Fact]
    public void R29_assessment_stages_offer_the_next_one_only_starting_from_the_first()
    {
        Assert.Equal([SalesStage.AssessmentRequested], SalesStageOrder.NextFrom(DealType.SolutionAssessment, SalesStage.Created));
        Assert.Equal([SalesStage.AssessmentDelivered], SalesStageOrder.NextFrom(DealType.SolutionAssessment, SalesStage.AssessmentScheduled));
        Assert.Empty(SalesStageOrder.NextFrom(DealType.SolutionAssessment, SalesStage.ReportShared));
    }

    [Theory]
    [InlineData(DealType.CoSell)]
    [InlineData(DealType.SolutionAssessment)]
    public void R24_R29_every_offered_move_passes_the_rule(DealType dealType)
    {
        foreach (var from in SalesStageOrder.Of(dealType).Prepend(SalesStage.Created).Distinct())
        {
            foreach (var next in SalesStageOrder.NextFrom(dealType, from))
            {
                Assert.True(CoSell.Grains.Domain.SalesStages.EnsureCanMove(dealType, from, next), $"{from} → {next}");
            }
        }
    }
}
