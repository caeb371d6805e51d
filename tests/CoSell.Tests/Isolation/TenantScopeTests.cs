using CoSell.Testing;

namespace CoSell.Tests.Isolation;

/// <summary>
/// Issue 10, point 3 (R2): a user of a tenant not linked with a referral's tenant gets 404 on every by-id call, in
/// the grains; linking opens them, unlinking closes them again.
/// </summary>
public sealed class TenantScopeTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task R2_an_unlinked_tenant_gets_404_on_every_by_id_call_until_linked_and_again_after_unlinking()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var sent = await Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerC, Actors.SecondTenant(Actors.PartnerC))) with { Name = "to C second" });
        var inbound = $"{sent.Id}-{Actors.PartnerC}";
        var first = new Actor(Actors.PartnerC, Actors.PrimaryTenant(Actors.PartnerC), "carl", [Role.PartnerAdmin]);
        var second = Actors.AdminOf(Actors.PartnerC, Actors.SecondTenant(Actors.PartnerC), "sue");
        Assert.Equal(inbound, (await Client.GetReferral(second, inbound)).Id);

        await NotFound(() => Client.GetReferral(first, inbound));
        await NotFound(() => Client.GetHistory(first, inbound));
        await NotFound(() => Client.Update(first, inbound, new UpdateReferralRequest { Name = "hijack" }));
        await NotFound(() => Client.Accept(first, inbound));
        await NotFound(() => Client.Decline(first, inbound, new DeclineReferralRequest(DeclineReason.NotMyExpertise)));
        await NotFound(() => Client.Close(first, inbound, new CloseReferralRequest(CloseOutcome.Won)));
        await NotFound(() => Client.SetFavorite(first, inbound, true));
        await NotFound(() => Client.GetRegistration(first, inbound));
        await NotFound(() => Client.Invite(first, inbound, Requests.PartnerInvitation(Actors.PartnerB))); // not R27: that would say it exists
        Assert.Equal(Substatus.Received, (await Client.GetReferral(second, inbound)).Substatus);

        // An outbound referral belongs to its creator's tenant the same way, inviting included.
        var own = await Client.CreateReferral(second, Requests.Private("C's own"));
        await NotFound(() => Client.GetReferral(first, own.Id));
        await NotFound(() => Client.Invite(first, own.Id, Requests.PartnerInvitation(Actors.PartnerB)));

        await Client.LinkTenant(first, Actors.SecondTenant(Actors.PartnerC));
        Assert.Equal(inbound, (await Client.GetReferral(first, inbound)).Id);
        Assert.Equal(own.Id, (await Client.GetReferral(first, own.Id)).Id);
        await Client.SetFavorite(first, inbound, true);

        var unlinked = await Client.UnlinkTenant(first, Actors.SecondTenant(Actors.PartnerC));
        Assert.Equal([Actors.PrimaryTenant(Actors.PartnerC)], unlinked);
        await NotFound(() => Client.GetReferral(first, inbound));
        await NotFound(() => Client.Accept(first, inbound));
        var list = await Client.ListReferrals(first, new ReferralQuery { Top = 100 });
        Assert.DoesNotContain(list.Items, r => r.Id == inbound || r.Id == own.Id);
        Assert.Contains((await Client.ListReferrals(second, new ReferralQuery { Top = 100 })).Items, r => r.Id == inbound);
    }

    [Fact]
    public async Task R2_only_a_PartnerAdmin_unlinks_and_only_a_tenant_linked_with_its_own()
    {
        var admin = new Actor(Actors.PartnerB, Actors.PrimaryTenant(Actors.PartnerB), "bea", [Role.PartnerAdmin]);
        var referralAdmin = Actors.AdminOf(Actors.PartnerB);
        var denied = await Assert.ThrowsAsync<CoSellException>(() => Client.UnlinkTenant(referralAdmin, Actors.SecondTenant(Actors.PartnerB)));
        Assert.Equal(ErrorCode.AccessDenied, denied.Code);
        var notLinked = await Assert.ThrowsAsync<CoSellException>(() => Client.UnlinkTenant(admin, Actors.SecondTenant(Actors.PartnerB)));
        Assert.Equal("tenantId", notLinked.Target);
    }

    private static async Task NotFound(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<CoSellException>(call);
        Assert.Equal(ErrorCode.NotFound, error.Code);
    }
}
