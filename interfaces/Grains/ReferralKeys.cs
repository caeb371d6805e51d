namespace CoSell;

/// <summary>
/// The grain key of a referral: its owner and its id, <c>p/{partnerId}/{referralId}</c> for a partner's referral and
/// <c>s/{sellerId}/{referralId}</c> for Microsoft's side, routed to a seller (or the fallback queue). The owner is
/// where the referral's rows are stored, so a grain finds its state in one read; and a caller can only address a
/// referral of its own organization (or seller): any other key has nothing behind it and answers 404 (R2, R3).
/// </summary>
public static class ReferralKeys
{
    private const char Separator = '/';

    /// <summary>The key of referral <paramref name="referralId"/> owned by an organization (and seller, for Microsoft).</summary>
    public static string For(string organizationId, string? sellerId, string referralId) =>
        organizationId == Organizations.Microsoft
            ? $"s{Separator}{Uri.EscapeDataString(sellerId ?? Organizations.FallbackSellerQueue)}{Separator}{referralId}"
            : $"p{Separator}{Uri.EscapeDataString(organizationId)}{Separator}{referralId}";

    /// <summary>
    /// The key of what an owner keeps as a whole (its notification outbox): <c>p/{partnerId}</c> or <c>s/{sellerId}</c>.
    /// </summary>
    public static string Owner(string organizationId, string? sellerId) =>
        organizationId == Organizations.Microsoft
            ? $"s{Separator}{Uri.EscapeDataString(sellerId ?? Organizations.FallbackSellerQueue)}"
            : $"p{Separator}{Uri.EscapeDataString(organizationId)}";

    /// <summary>The owner <paramref name="actor"/> reads as (its organization, or for Microsoft its seller, R3).</summary>
    public static string OwnerOf(Actor actor) => Owner(actor.OrganizationId, actor.IsMicrosoft ? actor.SellerId : null);

    /// <summary>The owner in a key made by <see cref="Owner"/> (its referral id empty).</summary>
    public static ReferralOwner ParseOwner(string key) => Parse(key + Separator);

    /// <summary>
    /// The referral as <paramref name="actor"/> addresses it: in its own organization, or for Microsoft in its own
    /// seller's desk (an Operator without a seller id reads the fallback queue, R4).
    /// </summary>
    public static string Of(Actor actor, string referralId) =>
        For(actor.OrganizationId, actor.IsMicrosoft ? actor.SellerId : null, referralId);

    /// <summary>The owner and id in a key made by <see cref="For"/>.</summary>
    public static ReferralOwner Parse(string key)
    {
        var first = key.IndexOf(Separator, StringComparison.Ordinal);
        var second = first < 0 ? -1 : key.IndexOf(Separator, first + 1);
        if (first != 1 || second < 0 || key[0] is not ('p' or 's'))
        {
            throw new ArgumentException($"'{key}' is not a referral key.", nameof(key));
        }

        var owner = Uri.UnescapeDataString(key[(first + 1)..second]);
        var referralId = key[(second + 1)..];
        return key[0] == 'p'
            ? new ReferralOwner(owner, null, referralId)
            : new ReferralOwner(Organizations.Microsoft, owner, referralId);
    }
}
