using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>Issue 16, point 2: the seller of a co-sell request adds a colleague; the partner sees each seller, the colleague is told (R22, R28).</summary>
public sealed class MicrosoftTeamFlowTests
{
    [Fact]
    public async Task R22_R28_a_seller_adds_a_colleague_and_the_partner_sees_both_on_the_Microsoft_card()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.CoSell());
        var seller = Actors.Seller(deal.Microsoft.SellerId!);
        var colleague = deal.Microsoft.SellerId == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;
        var request = Assert.Single((await client.ListReferrals(seller, new ReferralQuery())).Items);

        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.AddColleague(Actors.Seller(colleague), request.Id, colleague));
        await CoSellAssert.Rejects(ErrorCode.PreconditionFailed, "If-Match", () => client.AddColleague(seller, request.Id, colleague, "\"999\""));
        var joined = await client.AddColleague(seller, request.Id, colleague);
        Assert.Equal(colleague, Assert.Single(joined.Microsoft.Colleagues!).SellerId);

        var card = await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.Colleagues?.Count == 1, "the colleague on the partner's card");
        Assert.Equal((deal.Microsoft.SellerId, colleague), (card.Microsoft.SellerId, card.Microsoft.Colleagues![0].SellerId));
        await Eventually.Until(() => client.GetNotifications(Actors.Seller(colleague)),
            n => n.Any(x => x.Kind == NotificationKind.ColleagueAdded && x.ReferralId == request.Id), "the colleague's notification");

        // Engaging keeps the team on the card.
        await client.Accept(seller, request.Id);
        var engaged = await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.Status == MicrosoftStatus.Engaged, "Microsoft engaged");
        Assert.Equal(colleague, Assert.Single(engaged.Microsoft.Colleagues!).SellerId);
    }
}
