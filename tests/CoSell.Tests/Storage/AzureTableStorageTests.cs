using Azure.Data.Tables;
using CoSell.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Storage;

/// <summary>Grain state and reminders in Azure Table storage (Azurite), across a full silo restart (issue 2, acceptance 3).</summary>
public sealed class AzureTableStorageTests
{
    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    [Fact]
    public async Task R21_referral_and_its_pending_expiry_survive_a_full_silo_restart_and_it_still_expires_on_time()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-restart-{Guid.NewGuid():N}";
        var clock = new FakeTimeProvider(CoSellCluster.Start);

        Referral created;
        Referral inbound;
        await using (var first = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            created = await first.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)), "restart-1");
            var page = await first.Client.ListReferrals(B, new ReferralQuery { Direction = ReferralDirection.Incoming });
            inbound = await first.Client.GetReferral(B, Assert.Single(page.Items).Id);
            clock.Advance(TimeSpan.FromDays(3));
        }

        // Every silo is gone; nothing survives but the tables.
        await AssertTablesHold(settings);

        await using var second = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId);
        var reread = await second.Client.GetReferral(B, inbound.Id);
        Assert.Equal(Substatus.Received, reread.Substatus);
        Assert.Equal(inbound.ETag, reread.ETag);
        Assert.Equal(CoSellCluster.Start.AddDays(14), reread.ExpirationDateTime);
        Assert.Equal(created.Id, (await second.Client.GetReferral(A, created.Id)).Id);
        Assert.Equal(created.Id, (await second.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)), "restart-1")).Id);
        Assert.Single((await second.Client.ListReferrals(B, new ReferralQuery())).Items);

        clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(Substatus.Received, (await second.Client.GetReferral(B, inbound.Id)).Substatus);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await Eventually.Until(() => second.Client.GetReferral(B, inbound.Id), r => r.Substatus == Substatus.Expired, "expiry after restart");
        Assert.Equal(ReferralStatus.Closed, expired.Status);
        await Eventually.Until(() => second.Client.GetNotifications(Actors.PartnerA), n => n.Any(x => x.Kind == NotificationKind.ReferralExpired), "the expiry notification");
        Assert.Equal(Substatus.Expired, (await second.Client.GetReferral(A, created.Id)).Participants.Single().Substatus);
    }

    [Fact]
    public async Task R19_R40_accept_and_stale_ETag_on_Azure_Table_storage()
    {
        await using var cluster = await CoSellCluster.StartAsync(Azurite.FreshTables());
        await Ecosystem.Register(cluster.Client);
        await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = (await cluster.Client.ListReferrals(B, new ReferralQuery())).Items.Single();
        var accepted = await cluster.Client.Accept(B, inbound.Id, new AcceptReferralRequest(IfMatch: inbound.Version.ToString()));
        Assert.Equal(Substatus.Accepted, accepted.Substatus);

        var stale = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.Update(B, inbound.Id, new UpdateReferralRequest { Name = "x", IfMatch = inbound.Version.ToString() }));
        Assert.Equal(ErrorCode.PreconditionFailed, stale.Code);
        Assert.Equal(accepted.ETag, (await cluster.Client.GetReferral(B, inbound.Id)).ETag);
    }

    /// <summary>The state really is in Azure Table storage, not in memory.</summary>
    private static async Task AssertTablesHold(Dictionary<string, string?> settings)
    {
        var tables = new TableServiceClient(settings["CoSell:Storage:ConnectionString"]);
        var state = tables.GetTableClient(settings["CoSell:Storage:GrainStateTable"]);
        var reminders = tables.GetTableClient(settings["CoSell:Storage:RemindersTable"]);
        var stateRows = 0;
        await foreach (var _ in state.QueryAsync<TableEntity>(maxPerPage: 100))
        {
            stateRows++;
        }

        var reminderRows = 0;
        await foreach (var _ in reminders.QueryAsync<TableEntity>(maxPerPage: 100))
        {
            reminderRows++;
        }

        Assert.True(stateRows >= 5, $"expected referral, desk and directory rows in {state.Name}, found {stateRows}");
        Assert.True(reminderRows >= 1, $"expected the response-window reminder in {reminders.Name}, found {reminderRows}");
    }
}
