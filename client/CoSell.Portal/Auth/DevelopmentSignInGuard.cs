using CoSell.Gateway.Auth;

namespace CoSell.Portal.Auth;

/// <summary>
/// No accidental open door: the development sign-in lets anyone pick any organization and role, so it is offered only
/// while the portal listens on loopback. Bound to any other address, the portal needs an authority
/// (<c>CoSell:Auth:Authority</c>) or refuses to start and says why.
/// </summary>
public static class DevelopmentSignInGuard
{
    public static void EnsureSafe(IConfiguration configuration, AuthSettings auth)
    {
        if (!auth.UsesDevelopmentTokens)
        {
            return;
        }

        var exposed = DevelopmentKeyGuard.ListenUrls(configuration).Where(url => !DevelopmentKeyGuard.IsLoopback(url)).ToArray();
        if (exposed.Length > 0)
        {
            throw new InvalidOperationException(
                $"The portal would listen on {string.Join(", ", exposed)} with the development sign-in, where anyone picks any organization. " +
                "Set CoSell:Auth:Authority (an OpenID Connect issuer) with CoSell:Portal:ClientId, or listen on loopback only " +
                "(e.g. --Urls http://127.0.0.1:5090).");
        }
    }
}
