namespace CoSell;

/// <summary>Kinds of solution a referral can carry (R13).</summary>
public enum SolutionKind
{
    Partner,
    Microsoft,
    SolutionAssessment,
}
