using System.Security.Claims;
using CoSell.Client.Identity;
using CoSell.Gateway.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Antiforgery;

namespace CoSell.Portal.Auth;

/// <summary>
/// Who is signed in: a cookie holding the same claims a token carries (sub, org, tid, role, seller). With
/// <c>CoSell:Auth:Authority</c> set the cookie is issued after an OpenID Connect sign-in at that authority; without
/// it (the embedded default) the development sign-in page issues it, and only while the portal listens on loopback.
/// </summary>
public static class PortalAuthentication
{
    public const string SignInPath = "/signin";

    public const string AccessDeniedPath = "/denied";
    public const string SignOutPath = "/signout";

    public static void Add(IHostApplicationBuilder builder)
    {
        var auth = AuthSettingsValidator.Read(builder.Configuration);
        var portal = PortalSettingsValidator.Read(builder.Configuration, auth);
        DevelopmentSignInGuard.EnsureSafe(builder.Configuration, auth);
        builder.Services.AddSingleton(auth);
        builder.Services.AddAuthorization();
        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = auth.UsesDevelopmentTokens
                ? CookieAuthenticationDefaults.AuthenticationScheme
                : OpenIdConnectDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(o =>
        {
            o.Cookie.Name = "cosell.portal";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            // A signed-in user without the page's role is told so, not sent to sign in again.
            o.AccessDeniedPath = AccessDeniedPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        if (!auth.UsesDevelopmentTokens)
        {
            authentication.AddOpenIdConnect(o =>
            {
                o.Authority = auth.Authority;
                o.ClientId = portal.ClientId;
                o.ClientSecret = portal.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.TokenValidationParameters.NameClaimType = CoSellClaims.Subject;
                o.TokenValidationParameters.RoleClaimType = CoSellClaims.Role;
                foreach (var claim in new[] { CoSellClaims.Organization, CoSellClaims.Tenant, CoSellClaims.Seller, "name" })
                {
                    o.ClaimActions.MapUniqueJsonKey(claim, claim);
                }

                o.ClaimActions.MapJsonKey(CoSellClaims.Role, CoSellClaims.Role);
            });
        }
    }

    /// <summary>The cookie principal for <paramref name="actor"/>: the claims <c>cosell token</c> puts in a token.</summary>
    public static ClaimsPrincipal Principal(Actor actor, string displayName)
    {
        var claims = ActorClaims.Of(actor);
        claims.Add(new Claim("name", displayName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, "name", CoSellClaims.Role));
    }

    public static void MapSignOut(WebApplication app) =>
        app.MapPost(SignOutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(SignInPath);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
}
