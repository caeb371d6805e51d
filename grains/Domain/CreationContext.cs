namespace CoSell.Grains.Domain;

/// <summary>
/// What a create is checked against: the originator, and the directory records the request names (R1, R8,
/// R9, R13). Missing entries mean "not registered".
/// </summary>
public sealed record CreationContext(
    string ReferralId,
    string OrganizationId,
    string OrganizationName,
    string TenantId,
    string? SellerId,
    bool SolutionAssessmentVetted,
    string CreatedByUserId,
    Customer? Customer,
    IReadOnlyDictionary<string, Solution> Solutions,
    IReadOnlyDictionary<string, PartnerProfile> Partners,
    DateTimeOffset Now)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}
