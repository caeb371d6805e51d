namespace CoSell.Grains.Domain;

/// <summary>What a partner registration must hold (R1, R2): its id, a name, a country, tenants with one primary, valid admin e-mails.</summary>
public static class PartnerRegistration
{
    public static void EnsureValid(PartnerProfile? profile, string partnerId)
    {
        if (profile is null)
        {
            throw CoSellException.InvalidRequest("body", "A partner profile is required.");
        }

        if (profile.Id != partnerId)
        {
            throw CoSellException.Validation("id", $"Profile id '{profile.Id}' does not match partner '{partnerId}'.");
        }

        if (partnerId == Organizations.Microsoft || string.IsNullOrWhiteSpace(partnerId))
        {
            throw CoSellException.Validation("id", $"'{partnerId}' cannot be a partner id (R1).");
        }

        DealDetailsValidation.EnsureName(profile.Name, "name");
        ReferralCreation.EnsureCountry(profile.Country, "country");
        if (profile.Tenants is null || profile.Tenants.Count == 0 || profile.Tenants.Any(t => string.IsNullOrWhiteSpace(t?.Id)))
        {
            throw CoSellException.Validation("tenants", "A partner needs at least one tenant, each with an id (R2).");
        }

        if (profile.Tenants.Count(t => t.Primary) > 1)
        {
            throw CoSellException.Validation("tenants", "At most one tenant can be primary (R2).");
        }

        if (profile.Tenants.Select(t => t.Id).Distinct().Count() != profile.Tenants.Count)
        {
            throw CoSellException.Validation("tenants", "Tenant ids must be unique.");
        }

        for (var i = 0; i < (profile.ReferralAdminEmails?.Count ?? 0); i++)
        {
            if (!ContactValidation.IsEmail(profile.ReferralAdminEmails![i]))
            {
                throw CoSellException.Validation($"referralAdminEmails[{i}]", $"'{profile.ReferralAdminEmails[i]}' is not a valid e-mail address.");
            }
        }
    }
}
