namespace CoSell.Grains.Desks;

/// <summary>The organization, tenant and seller a desk creates referrals as.</summary>
public sealed record Originator(string OrganizationId, string OrganizationName, string TenantId, string? SellerId, bool SolutionAssessmentVetted);
