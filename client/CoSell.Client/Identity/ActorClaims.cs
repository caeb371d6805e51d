using System.Security.Claims;

namespace CoSell.Client.Identity;

/// <summary>
/// The claims an <see cref="Actor"/> travels as (a token, the portal's cookie) and back: the actor grain calls act as.
/// </summary>
public static class ActorClaims
{
    /// <summary>sub (svc for a service identity), org, tid, one role claim per role and, for a seller, seller.</summary>
    public static List<Claim> Of(Actor actor)
    {
        var claims = new List<Claim>
        {
            actor.ServiceName is { } service ? new(CoSellClaims.Service, service) : new(CoSellClaims.Subject, actor.UserId),
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

    /// <summary>
    /// The actor, or null when a required claim (a user or service, org, tid) is missing or a person's user id poses as
    /// a service's. A service identity comes from <c>svc</c> (development) or from an application's own token
    /// (<c>idtyp=app</c>, named by <c>azp</c> or <c>appid</c>): its user id is <c>service:{name}</c>.
    /// </summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        var service = principal.FindFirst(CoSellClaims.Service)?.Value
            ?? (principal.FindFirst(CoSellClaims.IdentityType)?.Value == "app"
                ? principal.FindFirst(CoSellClaims.AuthorizedParty)?.Value ?? principal.FindFirst(CoSellClaims.ApplicationId)?.Value
                : null);
        var person = principal.FindFirst(CoSellClaims.Subject)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (service is null && person?.StartsWith(Actor.ServicePrefix, StringComparison.Ordinal) == true)
        {
            return null;
        }

        var user = string.IsNullOrWhiteSpace(service) ? person : Actor.ServicePrefix + service;
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
