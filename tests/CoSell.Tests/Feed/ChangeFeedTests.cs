using CoSell.Grains.Feed;
using CoSell.Grains.Webhooks;
using CoSell.Testing;

namespace CoSell.Tests.Feed;

/// <summary>
/// Issue 15, point 1 through the client: an organization's change feed holds every change its webhooks would carry,
/// in order, once each, with cursors to resume after, and shows each reader what it may see (R2, R3, R28).
/// </summary>
public sealed class ChangeFeedTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task Every_change_is_in_the_owners_feed_in_order_and_reading_after_a_cursor_returns_only_what_came_later_R36()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var admin = PartnerAdminOf(scenario.PartnerA);
        var alice = Actors.AdminOf(scenario.PartnerA);

        var deal = await Client.CreateReferral(alice, Requests.Private());
        var start = await ReadAllAsync(admin, null);
        var created = Assert.Single(start.Items);
        Assert.Equal(("referral-created", deal.Id, 1L), (created.Type, created.Subject, created.ReferralVersion));
        Assert.Equal(created.Cursor, start.Cursor);

        await Client.Update(alice, deal.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });
        await Client.Close(alice, deal.Id, new CloseReferralRequest(CloseOutcome.Won));
        var later = await ReadAllAsync(admin, start.Cursor);
        Assert.Equal([("referral-updated", 2L), ("referral-updated", 3L)], later.Items.Select(e => (e.Type, e.ReferralVersion)));
        Assert.Contains("\"substatus\":\"Won\"", later.Items[^1].DataJson, StringComparison.Ordinal);

        var nothing = await Client.ReadEvents(admin, later.Cursor);
        Assert.Empty(nothing.Items);
        Assert.Equal(later.Cursor, nothing.Cursor);
        Assert.False(nothing.More);
    }

    [Fact]
    public async Task A_repeated_publication_is_stored_once_and_answers_the_first_cursor()
    {
        var organization = new Scenario().PartnerA;
        var feed = fixture.Cluster.Grains.GetGrain<IChangeFeedLog>(organization);
        var change = new ReferralChange("ref-repeat", organization, 4, CoSellCluster.Start, WebhookEvent.ReferralUpdated, "{}");

        var first = await feed.Append(change, "t-1", null);
        var again = await feed.Append(change, "t-1", null);
        var next = await feed.Append(change with { Version = 5 }, "t-1", null);

        Assert.Equal(first, again);
        Assert.NotEqual(first, next);
    }

    [Fact]
    public async Task Each_party_sees_what_R28_lets_it_see_a_tenant_user_its_own_tenants_and_a_seller_its_own_requests_R2_R3_R28()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.CoSell() with { Invitations = [Requests.MicrosoftInvitation(), Requests.PartnerInvitation(scenario.PartnerB)] });

        // B's organization: its own inbound referral, and A's and Microsoft's referrals as related changes (status only).
        var b = await Eventually.Until(() => ReadAllAsync(PartnerAdminOf(scenario.PartnerB), null), p => p.Items.Count >= 3, "B's feed");
        Assert.Contains(b.Items, e => e.Type == "referral-created" && e.Subject != deal.Id);
        Assert.Contains(b.Items, e => e.Type == "related-referral-created" && e.Source == "urn:cosell:organization:msft");
        var related = Assert.Single(b.Items, e => e.Type == "related-referral-created" && e.Subject == deal.Id);
        Assert.DoesNotContain("dealValue", related.DataJson, StringComparison.Ordinal);

        // A user of B's second tenant sees nothing of the primary tenant's referral, nor the related changes.
        Assert.Empty((await ReadAllAsync(Actors.AdminOf(scenario.PartnerB, Actors.SecondTenant(scenario.PartnerB)), null)).Items);
        var primaryUser = await ReadAllAsync(Actors.AdminOf(scenario.PartnerB), null);
        Assert.All(primaryUser.Items, e => Assert.Equal("referral-created", e.Type));

        // Microsoft's side: the routed seller sees its request; another seller does not; an Operator sees all.
        var routed = (await Client.GetReferral(alice, deal.Id)).Microsoft.SellerId!;
        var other = routed == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;
        var seller = await ReadAllAsync(Actors.Seller(routed), null);
        Assert.Contains(seller.Items, e => e.Type == "referral-created");
        Assert.DoesNotContain((await ReadAllAsync(Actors.Seller(other), null)).Items, e => seller.Items.Any(s => s.Id == e.Id && e.Type == "referral-created"));
        Assert.Contains((await ReadAllAsync(Actors.Operator, null)).Items, e => seller.Items.Any(s => s.Id == e.Id));
    }

    [Fact]
    public async Task A_bad_cursor_or_top_is_refused_naming_the_field_R41()
    {
        var admin = PartnerAdminOf(Actors.PartnerA);
        var cursor = await Assert.ThrowsAsync<CoSellException>(() => Client.ReadEvents(admin, "not-a-cursor"));
        Assert.Equal((ErrorCode.InvalidRequest, "after"), (cursor.Code, cursor.Target));
        var top = await Assert.ThrowsAsync<CoSellException>(() => Client.ReadEvents(admin, null, 0));
        Assert.Equal((ErrorCode.InvalidRequest, "top"), (top.Code, top.Target));
        var stranger = await Assert.ThrowsAsync<CoSellException>(() => Client.ReadEvents(new Actor(Actors.PartnerA, "t", "x", []), null));
        Assert.Equal(ErrorCode.AccessDenied, stranger.Code);
    }

    private static Actor PartnerAdminOf(string partnerId) => new(partnerId, Actors.PrimaryTenant(partnerId), "pat", [Role.PartnerAdmin]);

    /// <summary>Every change after <paramref name="after"/>, page by page; the last page's cursor.</summary>
    private async Task<ChangeFeedPage> ReadAllAsync(Actor actor, string? after)
    {
        var items = new List<ChangeEvent>();
        ChangeFeedPage page;
        do
        {
            page = await Client.ReadEvents(actor, after, 2);
            items.AddRange(page.Items);
            after = page.Cursor;
        }
        while (page.More);

        return page with { Items = items };
    }
}
