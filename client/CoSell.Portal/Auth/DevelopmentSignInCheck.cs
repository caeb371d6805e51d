namespace CoSell.Portal.Auth;

/// <summary>
/// Turns the development sign-in form into an <see cref="Actor"/> of a registered organization, or names the field
/// that is wrong: a partner must exist and the tenant be one of its own; a seller must be registered; Microsoft's
/// roles stay with Microsoft (R3); a person never signs in under a service identity's name.
/// </summary>
public sealed class DevelopmentSignInCheck(CoSellClient client)
{
    public async Task<(Actor? Actor, string? Field, string? Error)> CheckAsync(DevelopmentSignIn form)
    {
        var organization = form.Organization!.Trim();
        var user = form.User!.Trim();
        var microsoftRole = form.Role is Role.MicrosoftSeller or Role.Operator;
        if (user.StartsWith(Actor.ServicePrefix, StringComparison.Ordinal))
        {
            // A person signs in to the portal; a service identity calls the API with its own token.
            return (null, nameof(form.User), "A user name may not start with service: (that names a service identity, which has no portal sign-in).");
        }

        if (organization == Organizations.Microsoft)
        {
            if (!microsoftRole)
            {
                return (null, nameof(form.Role), "Microsoft's users sign in as MicrosoftSeller or Operator.");
            }

            var sellerId = form.Seller?.Trim();
            if (form.Role == Role.MicrosoftSeller)
            {
                if (string.IsNullOrEmpty(sellerId))
                {
                    return (null, nameof(form.Seller), "A Microsoft seller needs a seller id.");
                }

                if (await client.GetSeller(sellerId) is null)
                {
                    return (null, nameof(form.Seller), $"No seller '{sellerId}' is registered.");
                }
            }

            return (new Actor(organization, Organizations.Microsoft, user, [form.Role], form.Role == Role.MicrosoftSeller ? sellerId : null), null, null);
        }

        if (microsoftRole)
        {
            return (null, nameof(form.Role), $"{form.Role} is a Microsoft role; a partner signs in as PartnerAdmin, ReferralAdmin or ReferralUser.");
        }

        var (partner, unknown) = await FindPartnerAsync(organization);
        if (partner is null)
        {
            return (null, nameof(form.Organization), unknown);
        }

        var tenant = string.IsNullOrWhiteSpace(form.Tenant) ? partner.PrimaryTenantId : form.Tenant.Trim();
        if (partner.Tenants.All(t => t.Id != tenant))
        {
            return (null, nameof(form.Tenant), $"'{tenant}' is not a tenant of {partner.Name}; its tenants are {string.Join(", ", partner.Tenants.Select(t => t.Id))}.");
        }

        return (new Actor(partner.Id, tenant, user, [form.Role]), null, null);
    }

    /// <summary>
    /// A partner by id or, for a person who knows its name rather than its id, by name (3 letters or more, the public
    /// partner search): one match signs in as it; several are named with their ids to pick from.
    /// </summary>
    private async Task<(PartnerProfile? Partner, string? Unknown)> FindPartnerAsync(string organization)
    {
        if (await client.GetPartner(organization) is { } byId)
        {
            return (byId, null);
        }

        var found = organization.Length >= 3 ? (await client.SearchPartners(organization, 6)).Items : [];
        var exact = found.Where(c => string.Equals(c.Name, organization, StringComparison.OrdinalIgnoreCase)).ToList();
        var candidates = exact.Count == 1 ? exact : [.. found];
        return candidates.Count switch
        {
            0 => (null, $"No partner '{organization}' is registered (give its id, or 3 letters or more of its name)."),
            1 => (await client.GetPartner(candidates[0].Id), null),
            _ => (null, $"Several partners match '{organization}': {string.Join(", ", candidates.Take(5).Select(c => $"{c.Name} ({c.Id})"))}. Give one's id."),
        };
    }
}
