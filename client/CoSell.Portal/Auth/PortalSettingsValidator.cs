using CoSell.Client.Connection;
using CoSell.Gateway.Auth;
using Microsoft.Extensions.Options;

namespace CoSell.Portal.Auth;

/// <summary>
/// Checks <c>CoSell:Portal</c> when the portal is wired, naming the key: with an authority the portal needs the
/// OpenID Connect client it signs people in as.
/// </summary>
public sealed class PortalSettingsValidator(AuthSettings auth) : IValidateOptions<PortalSettings>
{
    public ValidateOptionsResult Validate(string? name, PortalSettings options) =>
        !auth.UsesDevelopmentTokens && string.IsNullOrWhiteSpace(options.ClientId)
            ? ValidateOptionsResult.Fail(
                $"{PortalSettings.Section}:ClientId is empty; with {AuthSettings.Section}:Authority set the portal signs people in " +
                $"as this OpenID Connect client (with {PortalSettings.Section}:ClientSecret when the authority requires one).")
            : ValidateOptionsResult.Success;

    public static PortalSettings Read(IConfiguration configuration, AuthSettings auth) =>
        CheckedSettings.Read(configuration, PortalSettings.Section, new PortalSettingsValidator(auth));
}
