namespace CoSell.Rest;

/// <summary>The caller's organization (<c>GET /v1/organization</c>): a partner's profile and tenants, or Microsoft with the caller's seller.</summary>
public sealed record OrganizationResource(string Id, string Name, string Kind, PartnerProfile? Partner, SellerProfile? Seller)
{
    /// <summary>The tenants whose inboxes the caller sees: its own and those linked with it (R2).</summary>
    public IReadOnlyList<string>? VisibleTenants { get; init; }

    /// <summary>How the organization answers inbound referrals (R37).</summary>
    public ResponsivenessStats? Responsiveness { get; init; }
}
