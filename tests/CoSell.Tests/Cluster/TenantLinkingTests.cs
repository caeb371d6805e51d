using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>R2 in the cluster (issue 4, acceptance 4): linking two tenants shows the union of both inboxes, no referral twice.</summary>
public sealed class TenantLinkingTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task R2_linking_two_tenants_shows_the_union_of_both_inboxes_with_no_referral_twice()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var first = Actors.AdminOf(Actors.PartnerB, Actors.PrimaryTenant(Actors.PartnerB));
        var second = Actors.AdminOf(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB), "sue");
        await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "to first" });
        await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB))) with { Name = "to second 1" });
        await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB))) with { Name = "to second 2" });

        async Task<string[]> Inbox(Actor actor) =>
            [.. (await _cluster.Client.ListReferrals(actor, new ReferralQuery { Direction = ReferralDirection.Incoming })).Items.Select(r => r.Name).Order()];

        Assert.Equal(["to first"], await Inbox(first));
        Assert.Equal(["to second 1", "to second 2"], await Inbox(second));

        var reader = Actors.ReaderOf(Actors.PartnerB);
        var denied = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.LinkTenant(first, Actors.SecondTenant(Actors.PartnerB)));
        Assert.Equal(ErrorCode.AccessDenied, denied.Code);
        var unknown = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.LinkTenant(first with { Roles = [Role.PartnerAdmin] }, "t-nowhere"));
        Assert.Equal("tenantId", unknown.Target);

        var linked = await _cluster.Client.LinkTenant(first with { Roles = [Role.PartnerAdmin] }, Actors.SecondTenant(Actors.PartnerB));
        Assert.Equal(2, linked.Count);

        string[] all = ["to first", "to second 1", "to second 2"];
        Assert.Equal(all, await Inbox(first));
        Assert.Equal(all, await Inbox(second));
        Assert.Equal(all, await Inbox(reader));

        // A referral delivered after linking lands once too.
        await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB))) with { Name = "to second 3" });
        Assert.Equal(4, (await Inbox(first)).Distinct().Count());
        Assert.Equal(4, (await Inbox(first)).Length);
    }
}
