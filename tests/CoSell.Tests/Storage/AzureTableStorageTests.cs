using Azure.Data.Tables;
using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Notifications;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using CoSell.Grains.Webhooks;
using CoSell.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;

namespace CoSell.Tests.Storage;

/// <summary>Grain state and reminders in Azure Table storage (Azurite), across a full silo restart (issue 2, acceptance 3).</summary>
[LongRunning]
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
        var expired = await Eventually.Ticking(clock, () => second.Client.GetReferral(B, inbound.Id), r => r.Substatus == Substatus.Expired, "expiry after restart");
        Assert.Equal(ReferralStatus.Closed, expired.Status);
        await Eventually.Until(() => second.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA)), n => n.Any(x => x.Kind == NotificationKind.ReferralExpired), "the expiry notification");
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

    [Fact]
    public async Task R32_an_inbox_is_one_state_row_one_view_row_and_one_window_row_per_referral_and_reads_back_whole_after_a_restart()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-pages-{Guid.NewGuid():N}";
        var count = 130;
        HashSet<string> sent;
        string favorite;
        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            var created = new System.Collections.Concurrent.ConcurrentBag<string>();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
                created.Add((await first.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = $"deal {i}" })).Id));
            sent = [.. created];
            favorite = $"{created.First()}-{Actors.PartnerB}";
            await first.Client.SetFavorite(B, favorite, true);
        }

        // Each referral is rows of its owner's partition: A holds its outbound state and view rows, B its inbound state,
        // view and open-window rows; no row holds a whole view.
        var table = new TableServiceClient(settings["CoSell:Storage:ConnectionString"]).GetTableClient(settings["CoSell:Storage:DataTable"]);
        var kinds = new Dictionary<string, int>();
        await foreach (var row in table.QueryAsync<TableEntity>(maxPerPage: 1000))
        {
            var kind = $"{row.PartitionKey} {row.RowKey[..2]}";
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        var a = PartitionKeys.Partner(Actors.PartnerA);
        var b = PartitionKeys.Partner(Actors.PartnerB);
        Assert.Equal(count, kinds[$"{a} r|"]);
        Assert.Equal(count, kinds[$"{a} v|"]);
        Assert.Equal(count, kinds[$"{b} r|"]);
        Assert.Equal(count, kinds[$"{b} v|"]);
        Assert.Equal(count, kinds[$"{b} w|"]);
        Assert.Equal(1, kinds[$"{b} f|"]);

        // R21: all of B's open windows ride on one reminder of B's desk, not one per referral.
        var reminderNames = new List<string>();
        await foreach (var row in new TableServiceClient(settings["CoSell:Storage:ConnectionString"]).GetTableClient(settings["CoSell:Storage:RemindersTable"]).QueryAsync<TableEntity>())
        {
            reminderNames.Add(row.GetString("ReminderName"));
        }

        Assert.Equal(1, reminderNames.Count(n => n == "response-windows"));
        Assert.DoesNotContain("response-window", reminderNames);

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        var inbound = await second.ReadWholeView(B, ReferralDirection.Incoming);
        Assert.Equal(sent.Select(id => $"{id}-{Actors.PartnerB}").Order(), inbound.Select(r => r.Id).Order());
        Assert.Equal(sent.Order(), (await second.ReadWholeView(A, ReferralDirection.Outgoing)).Select(r => r.Id).Order());
        Assert.Equal(favorite, Assert.Single((await second.Client.ListReferrals(B, new ReferralQuery { Favorites = true })).Items).Id);

        // An answer moves the referral's view row and closes its window row in the same write; the view shows it.
        var oldest = inbound.OrderBy(r => r.UpdatedDateTime).ThenBy(r => r.Id, StringComparer.Ordinal).First();
        await second.Client.Accept(B, oldest.Id);
        Assert.Equal(oldest.Id, Assert.Single((await second.Client.ListReferrals(B, new ReferralQuery { Substatus = Substatus.Accepted })).Items).Id);
        var windows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == b))
        {
            windows += row.RowKey.StartsWith("w|", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(count - 1, windows);
    }

    [Fact]
    public async Task R27_an_invitation_recorded_but_not_delivered_before_its_desk_died_is_delivered_once_when_the_desk_returns()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-invite-{Guid.NewGuid():N}";
        Referral created;
        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            created = await first.Client.CreateReferral(A, Requests.Private());
            var context = Domain.DomainFixtures.Context() with { ReferralId = created.Id };
            var toC = ReferralCreation.PlanInvitation(Requests.PartnerInvitation(Actors.PartnerC), "invitation", created.Id, created.Details, created.Team, context);

            // The referral recorded the invitation and its delivery relay in one transaction; the desk that asked for
            // it died before delivering (here: nobody asked it to deliver).
            await first.Grains.GetGrain<IDeskReferral>(ReferralKeys.For(Actors.PartnerA, null, created.Id)).AddInvitation(A, toC, ifMatch: null);
        }

        var table = new TableServiceClient(settings["CoSell:Storage:ConnectionString"]).GetTableClient(settings["CoSell:Storage:DataTable"]);
        var partition = PartitionKeys.Partner(Actors.PartnerA);
        async Task<int> Relays()
        {
            var count = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
            {
                count += row.RowKey.StartsWith("q|deliver|", StringComparison.Ordinal) ? 1 : 0;
            }

            return count;
        }

        Assert.Equal(1, await Relays());

        // The desk comes back (any call activates it), delivers, and deletes the relay.
        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        await second.Client.ListReferrals(A, new ReferralQuery());
        var inbox = await Eventually.Until(() => second.Client.ListReferrals(Actors.AdminOf(Actors.PartnerC), new ReferralQuery { Direction = ReferralDirection.Incoming }), p => p.Items.Count > 0, "C's delivery");
        Assert.Equal($"{created.Id}-{Actors.PartnerC}", Assert.Single(inbox.Items).Id);
        await Eventually.Until(Relays, n => n == 0, "the delivered relay's delete");

        var history = await second.Client.GetHistory(A, created.Id);
        Assert.Equal(1, history.Count(h => h.Action == "invited"));
        Assert.Equal(DealType.PartnerToPartner, (await second.Client.GetReferral(A, created.Id)).DealType);
        var conflict = await Assert.ThrowsAsync<CoSellException>(() => second.Client.Invite(A, created.Id, Requests.PartnerInvitation(Actors.PartnerC)));
        Assert.Equal("invitee", conflict.Target);
    }

    [Fact]
    public async Task R36_a_webhook_queue_is_rows_of_the_organizations_partition_delivered_in_order_and_repeats_are_known_after_a_restart()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-webhooks-{Guid.NewGuid():N}";
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };
        static ReferralChange Change(int i) =>
            new($"r-{i}", Actors.PartnerA, 1, CoSellCluster.Start.AddSeconds(i), WebhookEvent.ReferralCreated, $"{{\"n\":{i}}}");

        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId))
        {
            var webhooks = first.Grains.GetGrain<IWebhookGrain>(Actors.PartnerA);
            await webhooks.Register(admin, new WebhookRequest(receiver.Url, ["referral-created"], "a-shared-secret-of-some-length"));
            for (var i = 0; i < 40; i++)
            {
                await webhooks.AsReference<IWebhookFeed>().Publish(Change(i));
            }

            await Eventually.Until(() => Task.FromResult(receiver.Requests.Count), c => c >= 40, "the deliveries");
        }

        Assert.Equal(Enumerable.Range(0, 40), receiver.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("n").GetInt32()));
        var table = new TableServiceClient(settings["CoSell:Storage:ConnectionString"]).GetTableClient(settings["CoSell:Storage:DataTable"]);
        var rows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionKeys.Organization(Actors.PartnerA), maxPerPage: 500))
        {
            rows += row.RowKey.StartsWith("q|webhook|", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(40, rows);

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        var again = second.Grains.GetGrain<IWebhookGrain>(Actors.PartnerA);
        await again.AsReference<IWebhookFeed>().Publish(Change(7));
        var deliveries = await again.GetDeliveries(admin, "wh-1");
        Assert.Equal(40, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(40, receiver.Requests.Count);
    }

    [Fact]
    public async Task R34_an_outbox_is_rows_of_its_owners_partition_lists_the_latest_and_recognises_repeats_after_a_restart()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-outbox-{Guid.NewGuid():N}";
        var count = NotificationOutboxGrain.Listed + 20;
        static Notification Notice(int i) =>
            new($"n-{i}", NotificationKind.ReferralReceived, "paged", ["admin@example.com"], $"r-{i}", $"deal {i}", "e", "summary", CoSellCluster.Start.AddSeconds(i));
        var key = ReferralKeys.Owner("paged", null);

        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId))
        {
            var outbox = first.Grains.GetGrain<INotificationOutboxGrain>(key);
            for (var i = 0; i < count; i++)
            {
                await outbox.AsReference<INotificationQueue>().Enqueue(Notice(i));
            }
        }

        // One small row per notification in the owner's partition: recording one writes one row, whatever the outbox holds.
        var table = new TableServiceClient(settings["CoSell:Storage:ConnectionString"]).GetTableClient(settings["CoSell:Storage:DataTable"]);
        var partition = PartitionKeys.Partner("paged");
        var logRows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            logRows += row.RowKey.StartsWith("n|", StringComparison.Ordinal) ? 1 : 0;
            Assert.True(row.GetString("Item")?.Length is null or < 4096, $"{row.RowKey} is larger than one notification");
        }

        Assert.Equal(count, logRows);

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        var paged = second.Grains.GetGrain<INotificationOutboxGrain>(key);
        var held = await paged.List(Actors.AdminOf("paged"));
        Assert.Equal(Enumerable.Range(count - NotificationOutboxGrain.Listed, NotificationOutboxGrain.Listed).Select(i => $"n-{i}"), held.Select(n => n.Id));

        // A repeat is recognised, old or recent; a new notification is recorded and listed last.
        await paged.AsReference<INotificationQueue>().Enqueue(Notice(0));
        await paged.AsReference<INotificationQueue>().Enqueue(Notice(count - 1));
        await paged.AsReference<INotificationQueue>().Enqueue(Notice(count));
        var after = await paged.List(Actors.AdminOf("paged"));
        Assert.Equal($"n-{count}", after[^1].Id);
        Assert.Equal(held.Skip(1).Select(n => n.Id).Append($"n-{count}"), after.Select(n => n.Id));
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
