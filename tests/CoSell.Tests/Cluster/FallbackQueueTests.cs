using System.Globalization;
using CoSell.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 16, point 2, acceptance: the fallback path end to end on Azure Table storage (Azurite) with real SMTP — a
/// co-sell request for a customer in a country no seller covers lands in the fallback queue, its owners are mailed, an
/// Operator assigns it to a seller, and the seller engages within the original window (R4, R22).
/// </summary>
[LongRunning]
public sealed class FallbackQueueTests
{
    [Fact]
    public async Task R4_R22_a_request_no_territory_matches_is_queued_its_owners_mailed_assigned_and_engaged_within_its_window()
    {
        var settings = Azurite.FreshTables();
        var port = LoopbackPort.Free();
        settings["CoSell:Email:Enabled"] = "true";
        settings["CoSell:Email:Port"] = port.ToString(CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(CoSellCluster.Start);
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var cluster = await CoSellCluster.StartAsync(settings, clock);
        await Ecosystem.Register(cluster.Client);
        var client = cluster.Client;
        var op = Actors.Operator;
        var alice = Actors.AdminOf(Actors.PartnerA);
        await client.SetQueueOwners(op, new QueueOwners([Actors.SellerUs2], ["ops@microsoft.example"]));

        // Litware is in France: no seller's territory holds it.
        var deal = await client.CreateReferral(alice, Requests.CoSell() with { Customer = new CustomerInput("c-200", Requests.Ann), Name = "Litware co-sell" });
        Assert.Equal(Organizations.FallbackSellerQueue, deal.Microsoft.SellerId);
        var queued = Assert.Single((await client.ListReferrals(op, new ReferralQuery())).Items);
        Assert.Equal(CoSellCluster.Start.AddDays(14), queued.ExpirationDateTime);
        var mailed = await Eventually.Until(() => Task.FromResult(smtp.Received.ToList()),
            m => m.SelectMany(x => x.To.Mailboxes).Count(a => a.Address is "sue@microsoft.example" or "ops@microsoft.example") >= 2, "the queue owners' mail");
        Assert.Contains(mailed, m => (m.Subject ?? "").Contains("Litware co-sell", StringComparison.Ordinal));

        // Five days on, an Operator assigns it to Sam; the window keeps its deadline.
        clock.Advance(TimeSpan.FromDays(5));
        await CoSellAssert.Rejects(ErrorCode.AccessDenied, "role", () => client.AssignRequest(Actors.Seller(Actors.SellerUs), queued.Id, Actors.SellerUs));
        await CoSellAssert.Rejects(ErrorCode.ValidationFailed, "sellerId", () => client.AssignRequest(op, queued.Id, "ghost"));
        var assigned = await client.AssignRequest(op, queued.Id, Actors.SellerUs);
        Assert.Equal(Actors.SellerUs, assigned.SellerId);
        Assert.Equal(CoSellCluster.Start.AddDays(14), assigned.ExpirationDateTime);
        Assert.Empty((await client.ListReferrals(op, new ReferralQuery())).Items);

        var sam = Actors.Seller(Actors.SellerUs);
        var request = await client.GetReferral(sam, queued.Id);
        Assert.Equal(CoSellCluster.Start.AddDays(14), request.ExpirationDateTime);
        var moved = (await client.GetHistory(sam, queued.Id)).Last();
        Assert.Equal(("assigned", Organizations.Microsoft, op.UserId), (moved.Action, moved.OrganizationId, moved.UserId));
        Assert.Contains(await client.GetNotifications(sam), n => n.Kind == NotificationKind.RequestAssigned && n.ReferralId == queued.Id);
        await Eventually.Until(() => Task.FromResult(smtp.Received.ToList()),
            m => m.Any(x => x.To.Mailboxes.Any(a => a.Address == "sam@microsoft.example") && (x.Subject ?? "").Contains("assigned to you", StringComparison.Ordinal)), "Sam's mail");
        var card = await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.SellerId == Actors.SellerUs, "the partner's Microsoft card");
        Assert.Equal(MicrosoftStatus.Requested, card.Microsoft.Status);
        Assert.Equal(1, (await client.ListSellers(op)).Single(s => s.Profile.Id == Actors.SellerUs).OpenRequests);

        // Sam engages on day 13, within the window the request arrived with.
        clock.Advance(TimeSpan.FromDays(8));
        var engaged = await client.Accept(sam, queued.Id);
        Assert.Equal(Substatus.Accepted, engaged.Substatus);
        await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.Status == MicrosoftStatus.Engaged, "Microsoft engaged");
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.AssignRequest(op, queued.Id, Actors.SellerUs2));
    }

    [Fact]
    public async Task R4_an_Operator_reassigns_a_request_from_one_seller_to_another_and_only_the_new_seller_sees_it()
    {
        await using var cluster = await CoSellCluster.StartAsync(Azurite.FreshTables());
        await Ecosystem.Register(cluster.Client);
        var client = cluster.Client;
        var deal = await client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.CoSell());
        var first = Actors.Seller(deal.Microsoft.SellerId!);
        var other = deal.Microsoft.SellerId == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;
        var id = Assert.Single((await client.ListReferrals(first, new ReferralQuery())).Items).Id;

        await client.AssignRequest(Actors.Operator, id, other);
        Assert.Empty((await client.ListReferrals(first, new ReferralQuery())).Items);
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.GetReferral(first, id));
        Assert.Equal(id, Assert.Single((await client.ListReferrals(Actors.Seller(other), new ReferralQuery())).Items).Id);
        Assert.Contains($"from seller {first.SellerId} to", (await client.GetHistory(Actors.Seller(other), id)).Last().Description, StringComparison.Ordinal);
    }
}
