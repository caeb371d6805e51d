using CoSell.Testing;

namespace CoSell.Tests.Insights;

/// <summary>
/// Issue 15, point 5 through the client: insights as they stand after every change — the open pipeline per stage and
/// currency, win rate, time to respond (R37) and what expires within N days — for the tenants the caller sees (R2).
/// Its own cluster: the test moves the clock.
/// </summary>
public sealed class InsightsTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    private CoSell.Client.CoSellClient Client => _cluster.Client;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Insights_follow_every_change_and_count_only_the_tenants_the_caller_sees_R2_R21_R24_R25_R37()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var usd = await Client.CreateReferral(alice, Requests.Private());
        await Client.CreateReferral(alice, Requests.Private("Euro deal") with { Details = new DealDetailsInput(80_000m, "EUR", Requests.CloseDate) });
        var lost = await Client.CreateReferral(alice, Requests.Private("Lost deal"));
        await Client.Update(alice, usd.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });
        await Client.Close(alice, lost.Id, new CloseReferralRequest(CloseOutcome.Lost, "Budget cut"));

        var a = await Client.GetInsights(alice);
        Assert.Equal([new PipelineFigure(SalesStage.Created, "EUR", 1, 80_000m), new PipelineFigure(SalesStage.Qualified, "USD", 1, 250_000m)], a.Pipeline);
        Assert.Equal((0, 1, (int?)0), (a.Won, a.Lost, a.WinRatePercent));

        await Client.Close(alice, usd.Id, new CloseReferralRequest(CloseOutcome.Won));
        a = await Client.GetInsights(alice);
        Assert.Equal((1, 1, (int?)50), (a.Won, a.Lost, a.WinRatePercent));
        Assert.Equal([new PipelineFigure(SalesStage.Created, "EUR", 1, 80_000m)], a.Pipeline);

        // A user of A's second tenant (not linked) sees none of it (R2).
        var other = await Client.GetInsights(Actors.AdminOf(scenario.PartnerA, Actors.SecondTenant(scenario.PartnerA)));
        Assert.Equal((0, 0, 0), (other.Pipeline.Count, other.Won, other.Lost));

        // B receives a referral; twelve days on it expires within three; answering takes it off the list and counts.
        await Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Answer me" });
        var bob = Actors.AdminOf(scenario.PartnerB);
        Assert.Empty((await Client.GetInsights(bob)).Expiring);
        _cluster.Clock.Advance(TimeSpan.FromDays(12));
        var b = await Client.GetInsights(bob, 3);
        var expiring = Assert.Single(b.Expiring);
        Assert.Equal(("Answer me", CoSellCluster.Start.AddDays(14)), (expiring.Name, expiring.ExpirationDateTime));

        await Client.Accept(bob, expiring.ReferralId);
        b = await Client.GetInsights(bob, 3);
        Assert.Empty(b.Expiring);
        Assert.Equal(1, b.Answered);
        Assert.Equal(TimeSpan.FromHours((12 * 24) + 0.5), b.MedianTimeToRespond);
        Assert.Equal([new PipelineFigure(SalesStage.Accepted, "USD", 1, 40_000m)], b.Pipeline);
    }

    [Fact]
    public async Task A_bad_window_is_refused_naming_it_R41()
    {
        var error = await Assert.ThrowsAsync<CoSellException>(() => Client.GetInsights(Actors.AdminOf(Actors.PartnerA), 31));
        Assert.Equal((ErrorCode.InvalidRequest, "expiringWithinDays"), (error.Code, error.Target));
    }
}
