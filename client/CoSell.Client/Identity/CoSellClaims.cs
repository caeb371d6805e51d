namespace CoSell.Client.Identity;

/// <summary>The JWT claims a caller carries (API.md "Authentication").</summary>
public static class CoSellClaims
{
    public const string Subject = "sub";
    public const string Organization = "org";
    public const string Tenant = "tid";
    public const string Role = "role";
    public const string Seller = "seller";
}
