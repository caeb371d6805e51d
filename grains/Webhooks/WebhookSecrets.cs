using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// Webhook signing secrets at rest: stored only encrypted with Data Protection, whose key ring every silo
/// shares (the storage account), and unprotected in memory only to sign a delivery.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CoSell.Webhooks.Secret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);

    /// <summary>A secret for a registration that did not bring one: 32 random bytes, base64url.</summary>
    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
