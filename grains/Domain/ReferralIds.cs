using System.Security.Cryptography;
using System.Text;

namespace CoSell.Grains.Domain;

/// <summary>
/// Referral ids. A create with an idempotency key gets an id derived from the organization and the key, so a
/// retried create lands on the same referral (R40); an invitation's referral id derives from its source and
/// invitee, so a repeated delivery lands on the same inbound referral.
/// </summary>
public static class ReferralIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static string ForIdempotencyKey(string organizationId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{organizationId}\n{idempotencyKey}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string ForInvitation(string sourceReferralId, string inviteeOrganizationId) => $"{sourceReferralId}-{inviteeOrganizationId}";
}
