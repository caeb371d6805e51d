using CoSell.Testing;

namespace CoSell.Tests.Isolation;

/// <summary>Issue 10, points 4 and 18 (R3, R34): a seller reads only its own notifications, and every notification links to a referral its recipient can open.</summary>
public sealed class NotificationScopeTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task R34_a_Microsoft_seller_reads_only_the_notifications_of_requests_routed_to_it()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var routed = new Dictionary<string, string>();
        for (var i = 0; i < 2; i++)
        {
            var deal = await Client.CreateReferral(a, Requests.CoSell() with { Name = $"seller-notes-{i}" });
            var seller = (await Client.GetReferral(a, deal.Id)).Microsoft.SellerId!;
            routed[$"{deal.Id}-msft"] = seller;
        }

        Assert.Equal(2, routed.Values.Distinct().Count());
        foreach (var seller in routed.Values)
        {
            var seen = await Eventually.Until(() => Client.GetNotifications(Actors.Seller(seller)), n => n.Count > 0, $"{seller}'s notification");
            Assert.All(seen, n => Assert.Equal(seller, routed.GetValueOrDefault(n.ReferralId)));
            Assert.All(await Client.GetNotificationDeliveries(Actors.Seller(seller)), d => Assert.Contains(d.NotificationId, seen.Select(n => n.Id)));
        }

        Assert.Empty(await Client.GetNotifications(Actors.Seller("seller-nobody")));
        Assert.Empty(await Client.GetNotifications(Actors.AdminOf(Actors.PartnerB) with { OrganizationId = Organizations.Microsoft }));
    }

    [Fact]
    public async Task R34_an_answer_notifies_the_inviter_with_a_link_to_the_inviters_own_referral()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var b = Actors.AdminOf(Actors.PartnerB);
        var sent = await Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "link-check" });
        await Client.Accept(b, $"{sent.Id}-{Actors.PartnerB}");

        var notice = await Eventually.Until(() => Client.GetNotifications(a),
            n => n.Any(x => x.Kind == NotificationKind.ReferralAccepted && x.ReferralName == "link-check"), "the acceptance notification");
        var accepted = notice.Single(x => x.Kind == NotificationKind.ReferralAccepted && x.ReferralName == "link-check");
        Assert.Equal(sent.Id, accepted.ReferralId);
        Assert.Equal(sent.Id, (await Client.GetReferral(a, accepted.ReferralId)).Id);

        var received = (await Client.GetNotifications(b)).Single(x => x.Kind == NotificationKind.ReferralReceived && x.ReferralName == "link-check");
        Assert.Equal(sent.Id + "-" + Actors.PartnerB, (await Client.GetReferral(b, received.ReferralId)).Id);
    }
}
