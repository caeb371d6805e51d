using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoSell.Grains.Options;

/// <summary>
/// Checks <c>CoSell:Email</c> when the silo starts, so a wrong value stops it naming the key instead of every mail
/// failing later: a port, a known security mode, a sender address, an absolute link base, and retries that make sense.
/// </summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var section = EmailOptions.Section;
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{section}:Port is {options.Port}; a port lies between 1 and 65535.");
        }

        if (!Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out _))
        {
            failures.Add($"{section}:Security is '{options.Security}'; use None, StartTls, SslOnConnect or Auto.");
        }

        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add($"{section}:From is '{options.From}'; it must be an address such as 'CoSell <cosell@example.com>'.");
        }

        if (!Uri.TryCreate(options.LinkBaseUrl, UriKind.Absolute, out var links) || links.Scheme is not ("http" or "https"))
        {
            failures.Add($"{section}:LinkBaseUrl is '{options.LinkBaseUrl}'; it must be an absolute http(s) URL.");
        }

        failures.AddRange(RetrySettingsRules.Failures(section, options.RetryDelay, options.MaxRetryDelay, options.MaxAttempts));
        if (options.SendTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:SendTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
