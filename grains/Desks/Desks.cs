namespace CoSell.Grains.Desks;

/// <summary>Finds the desk that keeps an organization's views: a partner's own grain, or for Microsoft the seller's.</summary>
public static class Desks
{
    public static IDeskInbox For(IGrainFactory grains, string organizationId, string? sellerId) =>
        organizationId == Organizations.Microsoft
            ? grains.GetGrain<ISellerGrain>(sellerId ?? Organizations.FallbackSellerQueue).AsReference<IDeskInbox>()
            : grains.GetGrain<IPartnerGrain>(organizationId).AsReference<IDeskInbox>();

    /// <summary>The same desk, as callers create and list through it.</summary>
    public static IReferralDesk Referrals(IGrainFactory grains, string organizationId, string? sellerId) =>
        organizationId == Organizations.Microsoft
            ? grains.GetGrain<ISellerGrain>(sellerId ?? Organizations.FallbackSellerQueue)
            : grains.GetGrain<IPartnerGrain>(organizationId);
}
