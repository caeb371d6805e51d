using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>Issue 16, point 6: a deal closed or declined by mistake is copied as new; the closed one stays as it was (R26).</summary>
public sealed class CopyAsNewFlowTests
{
    [Fact]
    public async Task R26_a_lost_deal_is_copied_as_a_new_private_deal_linked_both_ways_and_copying_again_returns_the_same_copy()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var lost = await client.Close(alice, deal.Id, new CloseReferralRequest(CloseOutcome.Lost, "Wrong deal closed"));
        var open = await client.CreateReferral(alice, Requests.Private("Open one"));
        await CoSellAssert.Rejects(ErrorCode.InvalidStateTransition, "R26", () => client.CopyAsNew(alice, open.Id));

        var copy = await client.CopyAsNew(alice, deal.Id);
        Assert.NotEqual(deal.Id, copy.Id);
        Assert.Equal((DealType.Private, Substatus.Accepted, deal.Name, deal.CustomerProfile.CustomerId), (copy.DealType, copy.Substatus, copy.Name, copy.CustomerProfile.CustomerId));
        Assert.Contains($"a copy of referral {deal.Id}", (await client.GetHistory(alice, copy.Id))[0].Description, StringComparison.Ordinal);

        var closed = await client.GetReferral(alice, deal.Id);
        Assert.Equal((lost.ETag, Substatus.Lost), (closed.ETag, closed.Substatus));
        Assert.Contains(await client.GetHistory(alice, deal.Id), h => h.Action == "copied" && h.Description.Contains(copy.Id, StringComparison.Ordinal));
        Assert.Equal(copy.Id, (await client.CopyAsNew(alice, deal.Id)).Id);
        Assert.Single(await client.GetHistory(alice, deal.Id), h => h.Action == "copied");
    }

    [Fact]
    public async Task R20_a_referral_declined_by_mistake_becomes_the_invitees_own_new_deal_with_the_team_it_names()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        await client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var bob = Actors.AdminOf(Actors.PartnerB, user: "bob");
        var inbound = Assert.Single((await client.ListReferrals(bob, new ReferralQuery { Direction = ReferralDirection.Incoming })).Items);
        await client.Decline(bob, inbound.Id, new DeclineReferralRequest(DeclineReason.NotMyExpertise));

        await CoSellAssert.Rejects(ErrorCode.ValidationFailed, "team", () => client.CopyAsNew(bob, inbound.Id));
        var copy = await client.CopyAsNew(bob, inbound.Id, new CopyReferralRequest(Team: [Requests.Ann]));
        Assert.Equal((Actors.PartnerB, ReferralDirection.Outgoing, DealType.Private), (copy.OrganizationId, copy.Direction, copy.DealType));
        Assert.Equal(Substatus.Declined, (await client.GetReferral(bob, inbound.Id)).Substatus);
    }
}
