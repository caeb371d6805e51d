namespace CoSell;

/// <summary>
/// Who is calling: the organization (a partner id or <see cref="Organizations.Microsoft"/>), tenant, user,
/// roles (R3) and, for a Microsoft seller, its seller id. Front-ends build it from the caller's token. A service
/// identity (a connector calling without a person) is a user named <c>service:{name}</c> (<see cref="Service"/>): its
/// changes are attributed to it in history (R35) and it can do exactly what its roles allow, no more.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Actor(string OrganizationId, string TenantId, string UserId, IReadOnlyList<Role> Roles, string? SellerId = null)
{
    /// <summary>What a service identity's user id starts with; no person's user id may.</summary>
    public const string ServicePrefix = "service:";

    public bool IsMicrosoft => OrganizationId == Organizations.Microsoft;

    /// <summary>A connector calling without a person (client credentials): attributed as <c>service:{name}</c>.</summary>
    public bool IsService => UserId.StartsWith(ServicePrefix, StringComparison.Ordinal);

    /// <summary>The service's own name (without the prefix), or null for a person.</summary>
    public string? ServiceName => IsService ? UserId[ServicePrefix.Length..] : null;

    public static Actor Service(string organizationId, string tenantId, string name, IReadOnlyList<Role> roles, string? sellerId = null) =>
        new(organizationId, tenantId, ServicePrefix + name, roles, sellerId);

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
