using CoSell.Grains.Storage;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 16, point 4, on Azurite: a partner, the invited partner and the Microsoft seller share one append-only thread
/// per engagement, each told of the others' notes; a private deal's notes stay its own after it invites; and a note
/// whose parties were not told before its silo died is told by the partition owner's recovery.
/// </summary>
[LongRunning]
public sealed class EngagementNoteFlowTests
{
    [Fact]
    public async Task Every_party_of_an_engagement_reads_one_thread_and_hears_of_the_others_notes_R3_R28()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Azurite.FreshTables());
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var bob = Actors.AdminOf(Actors.PartnerB, user: "bob");
        var deal = await client.CreateReferral(alice, Requests.CoSell() with { Invitations = [Requests.MicrosoftInvitation(), Requests.PartnerInvitation(Actors.PartnerB)] });
        var seller = Actors.Seller(deal.Microsoft.SellerId!);
        var atB = $"{deal.Id}-{Actors.PartnerB}";
        var atMicrosoft = $"{deal.Id}-msft";

        await client.AddNote(alice, deal.Id, "Customer wants a demo in May.");
        cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        await client.AddNote(bob, atB, "We can run the demo.");
        cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        await client.AddNote(seller, atMicrosoft, "Azure credits are available.");

        foreach (var (actor, id) in new[] { (alice, deal.Id), (bob, atB), (seller, atMicrosoft) })
        {
            var thread = await client.GetNotes(actor, id);
            Assert.Equal(["Customer wants a demo in May.", "We can run the demo.", "Azure credits are available."], thread.Select(n => n.Text));
            Assert.Equal([Actors.PartnerA, Actors.PartnerB, Organizations.Microsoft], thread.Select(n => n.OrganizationId));
        }

        var toB = await Eventually.Until(() => client.GetNotifications(bob), n => n.Count(x => x.Kind == NotificationKind.NoteAdded) >= 2, "B told of A's and the seller's notes");
        Assert.All(toB.Where(x => x.Kind == NotificationKind.NoteAdded), n => Assert.Equal(atB, n.ReferralId));
        await Eventually.Until(() => client.GetNotifications(seller), n => n.Count(x => x.Kind == NotificationKind.NoteAdded) == 2, "the seller told of both partners' notes");
        await Eventually.Until(() => client.GetNotifications(alice), n => n.Count(x => x.Kind == NotificationKind.NoteAdded) == 2, "A told of the others' notes");
        await CoSellAssert.Rejects(ErrorCode.NotFound, "referralId", () => client.GetNotes(Actors.AdminOf(Actors.PartnerC), deal.Id));
    }

    [Fact]
    public async Task R7_a_private_deals_notes_stay_its_own_after_it_invites_a_partner()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Azurite.FreshTables());
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.Private());
        await client.AddNote(alice, deal.Id, "Internal: margin is thin.");
        await client.Invite(alice, deal.Id, Requests.PartnerInvitation(Actors.PartnerB));
        await client.AddNote(alice, deal.Id, "Welcome, Northwind.");

        Assert.Equal(2, (await client.GetNotes(alice, deal.Id)).Count);
        var seenByB = await client.GetNotes(Actors.AdminOf(Actors.PartnerB), $"{deal.Id}-{Actors.PartnerB}");
        Assert.Equal(["Welcome, Northwind."], seenByB.Select(n => n.Text));
    }

    [Fact]
    public async Task A_note_stored_before_its_silo_died_is_told_to_the_other_parties_by_the_recovery()
    {
        var faults = new StoreFaults();
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-note-crash-{Guid.NewGuid():N}";
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CoSellCluster.Start);
        var alice = Actors.AdminOf(Actors.PartnerA);
        Referral deal;
        await using (var first = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults)))
        {
            await Ecosystem.Register(first.Client);
            deal = await first.Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
            faults.Arm(1, afterWrite: true, writes => writes.Any(w => w.RowKey.StartsWith(RowKeys.Queue("note").From, StringComparison.Ordinal)));
            await Assert.ThrowsAnyAsync<Exception>(() => first.Client.AddNote(alice, deal.Id, "Stored, then the silo died."));
        }

        await using var second = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId);
        var bob = Actors.AdminOf(Actors.PartnerB);
        Assert.Equal(["Stored, then the silo died."], (await second.Client.GetNotes(alice, deal.Id)).Select(n => n.Text));
        // Nobody calls A's desk: its recovery reminder (set before the note was written) tells B.
        var told = await Eventually.Ticking(clock, () => second.Client.GetNotifications(bob), n => n.Any(x => x.Kind == NotificationKind.NoteAdded), "B told by the recovery");
        Assert.Single(told, x => x.Kind == NotificationKind.NoteAdded);
    }
}
