using System.Security.Cryptography;
using System.Text;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// The signature of a delivery (R36): header <c>X-CoSell-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the
/// exact request body (UTF-8) keyed with the webhook's secret. Receivers recompute it and compare in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CoSell-Signature";
    public const string DeliveryHeader = "X-CoSell-Delivery";
    public const string EventHeader = "X-CoSell-Event";

    public static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public static bool Verify(string body, string secret, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(header));
}
