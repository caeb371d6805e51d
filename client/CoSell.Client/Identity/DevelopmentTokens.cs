using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoSell.Client.Identity;

/// <summary>
/// HS256 tokens for the embedded default and local development, signed with a local key that every
/// front-end of one installation shares (<c>CoSell:Auth:DevelopmentKey</c>). Production validates tokens from
/// a configured issuer instead and never accepts these.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "cosell-development";
    public const string Audience = "cosell";

    /// <summary>The key used when none is configured. It is public: it protects nothing but a local machine.</summary>
    public const string DefaultKey = "cosell-local-development-signing-key-not-for-production-use";

    public static SymmetricSecurityKey SigningKey(string? key) =>
        new(Encoding.UTF8.GetBytes(string.IsNullOrEmpty(key) ? DefaultKey : key));

    public static string Mint(Actor actor, string? key = null, TimeSpan? lifetime = null, TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(ActorClaims.Of(actor)),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(12)),
            SigningCredentials = new SigningCredentials(SigningKey(key), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>Parameters that accept exactly the tokens <see cref="Mint"/> makes with the same key.</summary>
    public static TokenValidationParameters ValidationParameters(string? key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = SigningKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = CoSellClaims.Subject,
        RoleClaimType = CoSellClaims.Role,
        ClockSkew = TimeSpan.FromMinutes(1),
    };

    /// <summary>Validate a token and return its actor; throws <see cref="CoSellException"/> (accessDenied) when it is not valid.</summary>
    public static async Task<Actor> ValidateAsync(string token, string? key = null)
    {
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, ValidationParameters(key));
        if (!result.IsValid)
        {
            throw CoSellException.AccessDenied("token", $"The token is not valid: {result.Exception?.Message}");
        }

        return ActorClaims.ToActor(new ClaimsPrincipal(result.ClaimsIdentity))
            ?? throw CoSellException.AccessDenied("token", "The token lacks the sub, org or tid claim.");
    }
}
