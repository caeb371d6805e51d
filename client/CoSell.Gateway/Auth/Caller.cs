using CoSell.Client.Identity;

namespace CoSell.Gateway.Auth;

/// <summary>The authenticated caller of a request, as the <see cref="Actor"/> grain calls act as.</summary>
public static class Caller
{
    public static Actor Of(HttpContext context) =>
        ActorClaims.ToActor(context.User)
        ?? throw new UnauthenticatedException("The token lacks the sub, org or tid claim.");

    /// <summary>Operator-only routes (R3).</summary>
    public static Actor Operator(HttpContext context)
    {
        var actor = Of(context);
        return actor.IsOperator ? actor : throw CoSellException.AccessDenied("role", "This needs the Operator role of organization msft (R3).");
    }

    /// <summary>Routes that change referrals (R3): PartnerAdmin or ReferralAdmin, or a MicrosoftSeller for Microsoft's side.</summary>
    public static Actor Worker(HttpContext context)
    {
        var actor = Of(context);
        return actor.CanWorkReferrals
            ? actor
            : throw CoSellException.AccessDenied("role", "Changing referrals needs the PartnerAdmin or ReferralAdmin role (MicrosoftSeller for Microsoft's side) (R3).");
    }
}
