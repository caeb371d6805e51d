using CoSell.Testing;

namespace CoSell.Tests.Isolation;

/// <summary>Issue 10, point 2 (R40): an idempotency key is scoped to the callers who can see its result, and bound to its body.</summary>
public sealed class IdempotencyScopeTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    private static CreateReferralRequest SellerDeal(string name) => Requests.P2P(Requests.PartnerInvitation(Actors.PartnerA)) with { Name = name, Solutions = ["sol-msft"] };

    [Fact]
    public async Task R40_one_seller_reusing_another_sellers_key_gets_a_referral_of_its_own()
    {
        var first = await Client.CreateReferral(Actors.Seller(Actors.SellerUs), SellerDeal("Sam's deal"), "shared-key-1");
        var second = await Client.CreateReferral(Actors.Seller(Actors.SellerUs2), SellerDeal("Sue's deal"), "shared-key-1");

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("Sue's deal", second.Name);
        var samSees = await Client.GetReferral(Actors.Seller(Actors.SellerUs), first.Id);
        Assert.Equal("Sam's deal", samSees.Name);
    }

    [Fact]
    public async Task R40_a_key_reused_with_another_body_is_a_conflict_and_the_same_body_returns_the_first_result()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var first = await Client.CreateReferral(a, Requests.Private("keyed deal"), "key-body-1");
        var again = await Client.CreateReferral(a, Requests.Private("keyed deal"), "key-body-1");
        Assert.Equal(first.Id, again.Id);

        var conflict = await Assert.ThrowsAsync<CoSellException>(() => Client.CreateReferral(a, Requests.Private("another deal"), "key-body-1"));
        Assert.Equal(ErrorCode.Conflict, conflict.Code);
        Assert.Equal("Idempotency-Key", conflict.Target);

        var outbound = await Client.ListReferrals(a, new ReferralQuery { Direction = ReferralDirection.Outgoing, Top = 100 });
        Assert.Single(outbound.Items, r => r.Name is "keyed deal" or "another deal");
    }

    [Fact]
    public async Task R40_a_key_reused_with_another_body_by_a_fresh_desk_activation_is_a_conflict_too()
    {
        // The desk's index does not know the referral yet (here: a key reused straight after the desk restarted):
        // the referral grain itself compares the bodies.
        var a = Actors.AdminOf(Actors.PartnerA);
        var first = await Client.CreateReferral(a, Requests.Private("keyed deal 2"), "key-body-2");
        await fixture.Cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var conflict = await Assert.ThrowsAsync<CoSellException>(() => Client.CreateReferral(a, Requests.Private("changed"), "key-body-2"));
        Assert.Equal("Idempotency-Key", conflict.Target);
        Assert.Equal("keyed deal 2", (await Client.GetReferral(a, first.Id)).Name);
    }
}
