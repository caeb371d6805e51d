namespace CoSell.Grains.Feed;

/// <summary>
/// Who is reading a feed, and so which changes it may see: a PartnerAdmin or an Operator the whole organization's; a
/// seller the changes routed to it (R3); any other role of a partner its own referrals' changes in the tenants it sees
/// (R2), without the related changes, which belong to the organization as a whole.
/// </summary>
public sealed class FeedReader
{
    private readonly Func<FeedEntry, bool> _maySee;

    private FeedReader(Func<FeedEntry, bool> maySee) => _maySee = maySee;

    public bool MaySee(FeedEntry entry) => _maySee(entry);

    public static async Task<FeedReader> OfAsync(Actor actor, string organization, IGrainFactory grains)
    {
        if (actor.OrganizationId != organization)
        {
            throw CoSellException.NotFound("organizationId", "A change feed is its organization's own; this one is not yours.");
        }

        if (!actor.HasAnyRole)
        {
            throw CoSellException.AccessDenied("role", "Reading the change feed needs a role of the organization (R3).");
        }

        if (actor.IsMicrosoft)
        {
            if (actor.IsOperator)
            {
                return new FeedReader(_ => true);
            }

            if (actor.Has(Role.MicrosoftSeller) && actor.SellerId is { } seller)
            {
                return new FeedReader(e => e.SellerId == seller);
            }

            throw CoSellException.AccessDenied("role", "Microsoft's change feed is read by an Operator, or by a seller for its own requests (R3).");
        }

        if (actor.Has(Role.PartnerAdmin))
        {
            return new FeedReader(_ => true);
        }

        var tenants = (await grains.GetGrain<IPartnerGrain>(organization).GetVisibleTenants(actor)).ToHashSet(StringComparer.Ordinal);
        return new FeedReader(e => !e.IsRelated && e.TenantId is { } tenant && tenants.Contains(tenant));
    }
}
