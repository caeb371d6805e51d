namespace CoSell;

/// <summary>The percentage each sales stage stands for (R24; the assessment stages of R29 in between).</summary>
public static class SalesStagePercent
{
    public static int Of(SalesStage stage) => stage switch
    {
        SalesStage.Created or SalesStage.Accepted => 10,
        SalesStage.Qualified => 20,
        SalesStage.Developed => 40,
        SalesStage.Proposed => 60,
        SalesStage.Negotiating => 80,
        SalesStage.Won => 100,
        SalesStage.AssessmentRequested => 25,
        SalesStage.AssessmentScheduled => 50,
        SalesStage.AssessmentDelivered => 75,
        SalesStage.ReportShared => 90,
        _ => 0,
    };
}
