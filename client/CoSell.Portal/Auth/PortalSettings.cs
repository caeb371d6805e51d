namespace CoSell.Portal.Auth;

/// <summary>
/// The portal's own settings, <c>CoSell:Portal</c>: the OpenID Connect client it signs people in as when
/// <c>CoSell:Auth:Authority</c> is set (a confidential client using the authorization code flow with PKCE).
/// </summary>
public sealed class PortalSettings
{
    public const string Section = "CoSell:Portal";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
