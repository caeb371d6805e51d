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

    /// <summary>
    /// The id a keyed create lands on. The key is scoped to the callers who can see the result (R2, R3): a partner's
    /// tenant, a Microsoft seller; so one seller reusing another's key (both are organization msft) never reaches
    /// the other's referral.
    /// </summary>
    public static string ForIdempotencyKey(string organizationId, string scope, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{organizationId}\n{scope}\n{idempotencyKey}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string ForInvitation(string sourceReferralId, string inviteeOrganizationId) => $"{sourceReferralId}-{inviteeOrganizationId}";

    /// <summary>The id of the second co-sell request of a deal, asked after Microsoft declined or let the first lapse (R22).</summary>
    public static string ForMicrosoftAgain(string sourceReferralId) => $"{ForInvitation(sourceReferralId, Organizations.Microsoft)}-2";
}
