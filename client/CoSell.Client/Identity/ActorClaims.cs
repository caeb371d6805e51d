using System.Security.Claims;

namespace CoSell.Client.Identity;

/// <summary>Turns a validated token's claims into the <see cref="Actor"/> grain calls act as.</summary>
public static class ActorClaims
{
    /// <summary>The actor, or null when a required claim (sub, org, tid) is missing.</summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        var user = principal.FindFirst(CoSellClaims.Subject)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var organization = principal.FindFirst(CoSellClaims.Organization)?.Value;
        var tenant = principal.FindFirst(CoSellClaims.Tenant)?.Value;
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrWhiteSpace(organization) || string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }

        var roles = principal.FindAll(CoSellClaims.Role).Concat(principal.FindAll(ClaimTypes.Role))
            .Select(c => Enum.TryParse<Role>(c.Value, ignoreCase: false, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .Distinct()
            .ToArray();
        return new Actor(organization, tenant, user, roles, principal.FindFirst(CoSellClaims.Seller)?.Value);
    }
}
