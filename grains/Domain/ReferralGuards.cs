namespace CoSell.Grains.Domain;

/// <summary>Checks every change of a referral passes first: it exists, the caller owns it, it is not terminal (R26), the ETag matches (R40).</summary>
public static class ReferralGuards
{
    /// <summary>
    /// The caller may see this referral (R3): it carries a role, and is of the same organization; for Microsoft, the
    /// seller it is routed to (an Operator sees only what waits in the fallback queue, R4). Tenant scoping (R2) is
    /// checked by the grain, which knows the partner's linked tenants.
    /// </summary>
    public static void EnsureVisibleTo(ReferralState state, Actor actor, string referralId)
    {
        EnsureHasRole(actor);
        if (!state.Exists || !CanSee(state, actor))
        {
            throw NotFound(referralId);
        }
    }

    public static CoSellException NotFound(string referralId) => CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");

    /// <summary>A token without any role reads nothing (R3).</summary>
    public static void EnsureHasRole(Actor actor)
    {
        if (!actor.HasAnyRole)
        {
            throw CoSellException.AccessDenied("role", "The caller carries no role; reading referrals needs one (R3).");
        }
    }

    public static bool CanSee(ReferralState state, Actor actor)
    {
        if (actor.OrganizationId != state.OrganizationId)
        {
            return false;
        }

        if (!state.IsMicrosoftSide)
        {
            return true;
        }

        return actor.SellerId is not null && actor.SellerId == state.SellerId && actor.Has(Role.MicrosoftSeller)
            || (actor.IsOperator && state.SellerId == Organizations.FallbackSellerQueue);
    }

    /// <summary>
    /// A colleague the request's seller added (R22; issue 16, point 2) reads a co-sell request and its shared thread —
    /// it works the deal beside the seller — but answering, editing and closing stay with the seller that holds it.
    /// </summary>
    public static bool IsColleague(ReferralState state, Actor actor) =>
        state.Exists && state.IsMicrosoftSide && actor.OrganizationId == Organizations.Microsoft && actor.Has(Role.MicrosoftSeller)
        && actor.SellerId is { } sellerId && state.Colleagues.Any(c => c.SellerId == sellerId);

    /// <summary>
    /// Operators see the registration of a referral once it was submitted, to review it (R31) — never a deal's
    /// eligibility before that, private deals included (R7); everyone else as <see cref="EnsureVisibleTo"/>.
    /// </summary>
    public static void EnsureRegistrationVisibleTo(ReferralState state, Actor actor, string referralId)
    {
        if (state.Exists && actor.IsOperator && state.Registration is not null)
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
