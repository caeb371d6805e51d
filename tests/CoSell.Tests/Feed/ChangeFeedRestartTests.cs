using CoSell.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Feed;

/// <summary>
/// Issue 15, acceptance 1: a consumer stops, changes are made before and after a full silo restart (Azure Table
/// storage through Azurite), and the consumer resumes from its cursor: it sees each change exactly once, in order.
/// </summary>
[LongRunning]
public sealed class ChangeFeedRestartTests
{
    [Fact]
    public async Task A_consumer_resuming_from_its_cursor_sees_each_change_across_a_silo_restart_exactly_once_in_order()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-feed-{Guid.NewGuid():N}";
        var clock = new FakeTimeProvider(CoSellCluster.Start);
        var admin = new Actor(Actors.PartnerA, Actors.PrimaryTenant(Actors.PartnerA), "pat", [Role.PartnerAdmin]);
        var alice = Actors.AdminOf(Actors.PartnerA);

        string cursor;
        Referral deal;
        await using (var first = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            deal = await first.Client.CreateReferral(alice, Requests.Private());
            var seen = await first.Client.ReadEvents(admin);
            Assert.Equal([1L], seen.Items.Select(e => e.ReferralVersion));
            cursor = seen.Cursor!;

            // The consumer is down from here on.
            await first.Client.Update(alice, deal.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });
            await first.Client.Update(alice, deal.Id, new UpdateReferralRequest { Name = "Renamed before the restart" });
        }

        await using var second = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId);
        await second.Client.Update(alice, deal.Id, new UpdateReferralRequest { SalesStage = SalesStage.Proposed });
        var other = await second.Client.CreateReferral(alice, Requests.Private("After the restart"));
        await second.Client.Close(alice, deal.Id, new CloseReferralRequest(CloseOutcome.Won));

        var resumed = new List<ChangeEvent>();
        ChangeFeedPage page;
        do
        {
            page = await second.Client.ReadEvents(admin, cursor, 2);
            resumed.AddRange(page.Items);
            cursor = page.Cursor!;
        }
        while (page.More);

        Assert.Equal(
            [(deal.Id, 2L), (deal.Id, 3L), (deal.Id, 4L), (other.Id, 1L), (deal.Id, 5L)],
            resumed.Select(e => (e.Subject, e.ReferralVersion)));
        Assert.Equal(resumed.Count, resumed.Select(e => e.Id).Distinct().Count());
        Assert.Empty((await second.Client.ReadEvents(admin, cursor)).Items);
    }
}
