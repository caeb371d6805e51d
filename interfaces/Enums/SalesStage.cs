namespace CoSell;

/// <summary>
/// Sales stages. The first seven are the standard stages of R24 (every type but solution assessment);
/// the <c>Assessment*</c> / <c>ReportShared</c> stages are the solution-assessment stages of R29.
/// </summary>
public enum SalesStage
{
    Created,
    Accepted,
    Qualified,
    Developed,
    Proposed,
    Negotiating,
    Won,
    AssessmentRequested,
    AssessmentScheduled,
    AssessmentDelivered,
    ReportShared,
}
