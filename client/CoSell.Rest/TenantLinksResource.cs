namespace CoSell.Rest;

/// <summary>The answer of linking or unlinking a tenant: the tenants now linked with the caller's (R2).</summary>
public sealed record TenantLinksResource(IReadOnlyList<string> LinkedTenants);
