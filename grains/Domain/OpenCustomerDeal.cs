namespace CoSell.Grains.Domain;

/// <summary>An organization's open deal for a customer, as its customer row holds it (issue 16, point 3).</summary>
public sealed record OpenCustomerDeal(string ReferralId, string TenantId, string Name, IReadOnlyList<string> SolutionIds);
