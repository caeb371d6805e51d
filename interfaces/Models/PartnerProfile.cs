namespace CoSell;

/// <summary>A partner organization registered in the co-sell ecosystem (R1, R2, R8); co-sell ready as Microsoft's Operators mark it (R13).</summary>
[GenerateSerializer, Immutable]
public sealed record PartnerProfile(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<Tenant> Tenants,
    bool SolutionAssessmentVetted,
    IReadOnlyList<string> ReferralAdminEmails,
    bool CoSellReady = true)
{
    /// <summary>The tenant that receives referrals not addressed to a particular tenant (R2).</summary>
    public string PrimaryTenantId => Tenants.FirstOrDefault(t => t.Primary)?.Id ?? Tenants[0].Id;
}
