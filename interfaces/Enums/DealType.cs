namespace CoSell;

/// <summary>The kind of deal a referral is (SPEC R5–R8, R15).</summary>
public enum DealType
{
    Private,
    CoSell,
    PartnerToPartner,
    SolutionAssessment,
}
