namespace CoSell.Gateway.Auth;

/// <summary>
/// How callers are authenticated, from the <c>CoSell:Auth</c> section. With <see cref="Authority"/> set
/// (production), tokens are validated against that issuer's published keys, with <see cref="Issuer"/> and
/// <see cref="Audience"/>. Without it (the embedded default), HS256 tokens signed with
/// <see cref="DevelopmentKey"/> are accepted — the tokens <c>cosell token</c> mints.
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "CoSell:Auth";

    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>Signing key of development tokens; empty means the well-known local default.</summary>
    public string? DevelopmentKey { get; set; }

    public bool UsesDevelopmentTokens => string.IsNullOrWhiteSpace(Authority);
}
