using System.Security.Cryptography;
using CoSell.Grains.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Notifications;

/// <summary>
/// Signed one-click unsubscribe links (RFC 8058, R34): the token is the address, protected with Data Protection, so
/// it opts out exactly that address, needs no login, and cannot be forged or pointed at another address.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider provider, IOptions<EmailOptions> options)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CoSell.Notifications.Unsubscribe.v1");

    public string TokenFor(string email) => _protector.Protect(Normalize(email));

    public string UrlFor(string email) =>
        $"{options.Value.LinkBaseUrl.TrimEnd('/')}/v1/contacts/unsubscribe?token={Uri.EscapeDataString(TokenFor(email))}";

    /// <summary>The address a token was made for; a typed error naming <c>token</c> when it is not one of ours.</summary>
    public string Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw CoSellException.InvalidRequest("token", "token is required: use the link from the e-mail.");
        }

        try
        {
            return _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            throw CoSellException.InvalidRequest("token", "This unsubscribe link is not valid.");
        }
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
