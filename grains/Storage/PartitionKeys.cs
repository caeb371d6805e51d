namespace CoSell.Grains.Storage;

/// <summary>
/// One partition per owner: everything a partner organization owns, everything a Microsoft seller owns,
/// and each engagement (shared by its parties, written by its own grain). R2's tenants are not partitions: linked
/// tenants must see each other's rows in one query, so the tenant is a property of the view rows.
/// </summary>
public static class PartitionKeys
{
    public static string Partner(string partnerId) => $"p{KeyEncoding.Separator}{KeyEncoding.Escape(partnerId)}";

    public static string Seller(string sellerId) => $"s{KeyEncoding.Separator}{KeyEncoding.Escape(sellerId)}";

    /// <summary>The partition of a referral's owner: its partner organization, or the seller it is routed to.</summary>
    public static string Of(ReferralOwner owner) => Owner(owner.OrganizationId, owner.SellerId);

    public static string Owner(string organizationId, string? sellerId) =>
        organizationId == Organizations.Microsoft ? Seller(sellerId ?? Organizations.FallbackSellerQueue) : Partner(organizationId);

    /// <summary>
    /// The partition of an organization's own records (its webhooks and their queue): a partner's partition, and for
    /// Microsoft, whose referrals are in its sellers' partitions, an organization partition of its own.
    /// </summary>
    public static string Organization(string organizationId) =>
        organizationId == Organizations.Microsoft ? $"o{KeyEncoding.Separator}{KeyEncoding.Escape(organizationId)}" : Partner(organizationId);

    public static string Engagement(string engagementId) => $"e{KeyEncoding.Separator}{KeyEncoding.Escape(engagementId)}";
}
