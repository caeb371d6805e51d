namespace CoSell.Grains.Domain;

/// <summary>What a seller registration must hold (R4): its id, a name, a valid e-mail, a territory of ISO country codes.</summary>
public static class SellerRegistration
{
    public static void EnsureValid(SellerProfile? profile, string sellerId)
    {
        if (profile is null)
        {
            throw CoSellException.InvalidRequest("body", "A seller profile is required.");
        }

        if (profile.Id != sellerId || sellerId == Organizations.FallbackSellerQueue)
        {
            throw CoSellException.Validation("id", $"Profile id '{profile.Id}' cannot be registered as seller '{sellerId}'.");
        }

        DealDetailsValidation.EnsureName(profile.Name, "name");
        if (!ContactValidation.IsEmail(profile.Email))
        {
            throw CoSellException.Validation("email", $"'{profile.Email}' is not a valid e-mail address.");
        }

        if (profile.Territory is null || profile.Territory.Count == 0)
        {
            throw CoSellException.Validation("territory", "A seller needs a territory of at least one country (R4).");
        }

        for (var i = 0; i < profile.Territory.Count; i++)
        {
            ReferralCreation.EnsureCountry(profile.Territory[i], $"territory[{i}]");
        }
    }
}
