namespace CoSell.Grains.Domain;

/// <summary>Checks every change of a referral passes first: it exists, the caller owns it, it is not terminal (R26), the ETag matches (R40).</summary>
public static class ReferralGuards
{
    /// <summary>The caller may see this referral (R3): same organization; for Microsoft, the seller it is routed to.</summary>
    public static void EnsureVisibleTo(ReferralState state, Actor actor, string referralId)
    {
        if (!state.Exists || !CanSee(state, actor))
        {
            throw CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");
        }
    }

    public static bool CanSee(ReferralState state, Actor actor)
    {
        if (actor.OrganizationId != state.OrganizationId)
        {
            return false;
        }

        return !state.IsMicrosoftSide || actor.Has(Role.Operator) || (actor.SellerId is not null && actor.SellerId == state.SellerId);
    }

    /// <summary>Operators see a referral's registration to review it (R31); otherwise as <see cref="EnsureVisibleTo"/>.</summary>
    public static void EnsureRegistrationVisibleTo(ReferralState state, Actor actor, string referralId)
    {
        if (state.Exists && actor.IsMicrosoft && actor.Has(Role.Operator))
        {
            return;
        }

        EnsureVisibleTo(state, actor, referralId);
    }

    /// <summary>Visible, allowed to change referrals, not terminal, and (when given) the ETag matches.</summary>
    public static void EnsureChangeable(ReferralState state, Actor actor, string referralId, string? ifMatch)
    {
        EnsureVisibleTo(state, actor, referralId);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Changing a referral needs the PartnerAdmin or ReferralAdmin role (MicrosoftSeller for Microsoft's side).");
        }

        if (state.IsTerminal)
        {
            throw CoSellException.Terminal(referralId, state.Substatus);
        }

        EnsureETag(state, ifMatch);
    }

    public static void EnsureETag(ReferralState state, string? ifMatch)
    {
        if (ifMatch is null || ifMatch == "*")
        {
            return;
        }

        var expected = ifMatch.Trim().TrimStart('W', '/').Trim('"');
        if (expected != state.ETag)
        {
            throw CoSellException.StaleETag(state.Id, expected, state.ETag);
        }
    }
}
