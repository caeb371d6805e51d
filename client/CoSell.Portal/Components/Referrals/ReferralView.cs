namespace CoSell.Portal.Components.Referrals;

/// <summary>The co-sell home's tabs (R32): received referrals, sent ones, and the signed-in user's hearts.</summary>
public enum ReferralView
{
    Inbound,
    Outbound,
    Favorites,
}
