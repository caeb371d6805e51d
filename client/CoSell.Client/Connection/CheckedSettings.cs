using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Client.Connection;

/// <summary>
/// Settings a host needs while it is wired (before its services exist, so before <c>ValidateOnStart</c> runs):
/// bound and checked by the same validator the host runs on start.
/// </summary>
public static class CheckedSettings
{
    /// <summary>The section bound to <typeparamref name="T"/>, or an exception naming every wrong key.</summary>
    public static T Read<T>(IConfiguration configuration, string section, IValidateOptions<T> validator) where T : class, new()
    {
        var settings = configuration.GetSection(section).Get<T>() ?? new T();
        var result = validator.Validate(null, settings);
        return result.Failed ? throw new OptionsValidationException(section, typeof(T), result.Failures) : settings;
    }
}
