using System.Text;
using CoSell.Client.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Gateway.Auth;

/// <summary>
/// Checks <c>CoSell:Auth</c> when the gateway is wired, so a wrong value stops it with the key named instead of
/// answering 401 to every caller: an authority is an absolute https URL (its keys are fetched over https) and comes
/// with the audience tokens must carry; a development key of one's own is long enough for HS256 (256 bits).
/// </summary>
public sealed class AuthSettingsValidator : IValidateOptions<AuthSettings>
{
    /// <summary>HS256 signs with a key of at least 256 bits.</summary>
    public const int MinimumDevelopmentKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthSettings options)
    {
        var failures = new List<string>();
        if (!options.UsesDevelopmentTokens)
        {
            if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{AuthSettings.Section}:Authority is '{options.Authority}'; it is the OpenID Connect issuer's absolute https URL.");
            }

            if (string.IsNullOrWhiteSpace(options.Audience))
            {
                failures.Add($"{AuthSettings.Section}:Audience is empty; with an authority, tokens are accepted only for this audience.");
            }
        }

        var keyBytes = string.IsNullOrEmpty(options.DevelopmentKey) ? 0 : Encoding.UTF8.GetByteCount(options.DevelopmentKey);
        if (keyBytes is > 0 and < MinimumDevelopmentKeyBytes)
        {
            failures.Add($"{AuthSettings.Section}:DevelopmentKey is {keyBytes} bytes; HS256 needs at least {MinimumDevelopmentKeyBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary><c>CoSell:Auth</c>, bound and checked: the gateway chooses how it validates tokens from it while it is wired.</summary>
    public static AuthSettings Read(IConfiguration configuration) =>
        CheckedSettings.Read(configuration, AuthSettings.Section, new AuthSettingsValidator());
}
