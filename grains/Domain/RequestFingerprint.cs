using System.Security.Cryptography;
using System.Text.Json;

namespace CoSell.Grains.Domain;

/// <summary>
/// What a keyed create asked for, as a hash (R40): the same key with the same body returns the first result; the
/// same key with another body is a conflict naming <c>Idempotency-Key</c>, as AWS Partner Central answers.
/// </summary>
public static class RequestFingerprint
{
    public static string Of<TRequest>(TRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));

    /// <summary>Throws unless <paramref name="fingerprint"/> is what created the referral (or either is unknown).</summary>
    public static void EnsureSame(ReferralState state, string? fingerprint)
    {
        if (fingerprint is not null && state.RequestFingerprint is not null && fingerprint != state.RequestFingerprint)
        {
            throw CoSellException.Conflict("Idempotency-Key",
                "This Idempotency-Key was already used with a different request body; use a new key for a different referral (R40).");
        }
    }
}
