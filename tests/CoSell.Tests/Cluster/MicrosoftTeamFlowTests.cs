using CoSell.Client;
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

    [Fact]
    public async Task R22_a_colleague_opens_the_request_its_history_and_notes_and_follows_it_when_reassigned_but_only_its_seller_answers()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.CoSell());
        var holder = deal.Microsoft.SellerId!;
        var seller = Actors.Seller(holder);
        var colleague = Actors.Seller(holder == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs);
        var request = Assert.Single((await client.ListReferrals(seller, new ReferralQuery())).Items);
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.GetReferral(colleague, request.Id));

        await client.AddColleague(seller, request.Id, colleague.SellerId!);

        var opened = await Eventually.Until(() => TryGet(client, colleague, request.Id), r => r is not null, "the colleague opens the request");
        Assert.Equal((request.Id, holder), (opened!.Id, opened.SellerId));
        var joined = Assert.Single(await client.ListSharedRequests(colleague));
        Assert.Equal((request.Id, request.Name, holder), (joined.ReferralId, joined.Name, joined.HeldBy));
        Assert.Empty(await client.ListSharedRequests(seller));
        await CoSellAssert.Rejects(ErrorCode.AccessDenied, "sellerId", () => client.ListSharedRequests(alice));
        Assert.Contains(await client.GetHistory(colleague, request.Id), h => h.Action == "colleague-added");
        await client.AddNote(colleague, request.Id, "I know their CTO.");
        Assert.Contains(await client.GetNotes(alice, deal.Id), n => n.Text == "I know their CTO." && n.UserId == colleague.UserId);
        // Answering stays with the seller holding the request; a seller that did not join reads nothing.
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.Accept(colleague, request.Id));
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.Close(colleague, request.Id, new CloseReferralRequest(CloseOutcome.Lost, "not mine")));
        await client.RegisterSeller(Actors.Operator, new SellerProfile("seller-us-3", "Kim Seller", "kim@microsoft.example", ["US"]));
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.GetReferral(Actors.Seller("seller-us-3"), request.Id));

        // An Operator moves the request to another seller: the colleague's reads follow it there.
        await client.AssignRequest(Actors.Operator, request.Id, "seller-us-3");
        var moved = await Eventually.Until(() => TryGet(client, colleague, request.Id), r => r?.SellerId == "seller-us-3", "the colleague follows the move");
        Assert.Equal(colleague.SellerId, Assert.Single(moved!.Microsoft.Colleagues!).SellerId);
    }

    private static async Task<Referral?> TryGet(CoSellClient client, Actor actor, string referralId)
    {
        try
        {
            return await client.GetReferral(actor, referralId);
        }
        catch (CoSellException e) when (e.Code == ErrorCode.NotFound)
        {
            return null;
        }
    }
}
