namespace CoSell;

/// <summary>
/// Who is calling: the organization (a partner id or <see cref="Organizations.Microsoft"/>), tenant, user,
/// roles (R3) and, for a Microsoft seller, its seller id. Front-ends build it from the caller's token.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Actor(string OrganizationId, string TenantId, string UserId, IReadOnlyList<Role> Roles, string? SellerId = null)
{
    public bool IsMicrosoft => OrganizationId == Organizations.Microsoft;

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>
    /// Microsoft's operator (R3): the Operator role counts only inside organization <c>msft</c>, so a partner token
    /// that carries <c>role=Operator</c> has no operator power anywhere.
    /// </summary>
    public bool IsOperator => IsMicrosoft && Has(Role.Operator);

    /// <summary>Carries at least one role: a caller without any may not even read (R3).</summary>
    public bool HasAnyRole => Roles.Count > 0;

    /// <summary>May create and work referrals of its organization.</summary>
    public bool CanWorkReferrals => Has(Role.PartnerAdmin) || Has(Role.ReferralAdmin) || (IsMicrosoft && Has(Role.MicrosoftSeller));
}
