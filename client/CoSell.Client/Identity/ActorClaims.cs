using System.Security.Claims;

namespace CoSell.Client.Identity;

/// <summary>
/// The claims an <see cref="Actor"/> travels as (a token, the portal's cookie) and back: the actor grain calls act as.
/// </summary>
public static class ActorClaims
{
    /// <summary>sub, org, tid, one role claim per role and, for a seller, seller.</summary>
    public static List<Claim> Of(Actor actor)
    {
        var claims = new List<Claim>
        {
            new(CoSellClaims.Subject, actor.UserId),
            new(CoSellClaims.Organization, actor.OrganizationId),
            new(CoSellClaims.Tenant, actor.TenantId),
        };
        claims.AddRange(actor.Roles.Select(r => new Claim(CoSellClaims.Role, r.ToString())));
        if (actor.SellerId is not null)
        {
            claims.Add(new Claim(CoSellClaims.Seller, actor.SellerId));
        }

        return claims;
    }

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
