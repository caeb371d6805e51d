namespace CoSell.Client.Identity;

/// <summary>The JWT claims a caller carries (API.md "Authentication").</summary>
public static class CoSellClaims
{
    public const string Subject = "sub";
    public const string Organization = "org";
    public const string Tenant = "tid";
    public const string Role = "role";
    public const string Seller = "seller";

    /// <summary>A service identity's name, in place of <see cref="Subject"/> (a development service token).</summary>
    public const string Service = "svc";

    /// <summary>Entra ID's token type: <c>app</c> for an application's own (client-credentials) token.</summary>
    public const string IdentityType = "idtyp";

    /// <summary>The client application of an access token (Entra ID v2: <c>azp</c>, v1: <c>appid</c>).</summary>
    public const string AuthorizedParty = "azp";

    public const string ApplicationId = "appid";
}
