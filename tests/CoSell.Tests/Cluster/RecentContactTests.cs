using CoSell.Grains.Desks;
using CoSell.Grains.Storage;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 16, point 7 (R12): the contacts an organization names are remembered by the very batch that names them — a
/// create (so a crash right after it loses none), an accept with the receiver's team, an edit of the team — most
/// recent first. On Azurite.
/// </summary>
[LongRunning]
public sealed class RecentContactTests
{
    private static readonly Contact Cy = new("Cy", "Park", "+1 425 555 0103", "cy@northwind.example");
    private static readonly Contact Dee = new("Dee", "Lin", "+1 425 555 0104", "Dee@Fabrikam.example");

    [Fact]
    public void R12_one_row_per_address_whatever_its_case()
    {
        var writes = ContactRows.Writes([Dee, Dee with { Email = "dee@fabrikam.example" }, Cy], CoSellCluster.Start).ToList();
        Assert.Equal([RowKeys.Contact("dee@fabrikam.example"), RowKeys.Contact("cy@northwind.example")], writes.Select(w => w.RowKey));
    }

    [Fact]
    public async Task R12_contacts_are_remembered_from_accept_and_edit_most_recent_first()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Azurite.FreshTables());
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var bob = Actors.AdminOf(Actors.PartnerB, user: "bob");
        var deal = await client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        Assert.Equal([Requests.Bo.Email], (await client.GetRecentContacts(alice)).Select(c => c.Email));

        await client.Accept(bob, $"{deal.Id}-{Actors.PartnerB}", new AcceptReferralRequest(Team: [Cy]));
        Assert.Equal([Cy.Email], (await client.GetRecentContacts(bob)).Select(c => c.Email));

        cluster.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.Update(alice, deal.Id, new UpdateReferralRequest { Team = [Dee, Requests.Bo] });
        Assert.Equal(Dee.Email, (await client.GetRecentContacts(alice))[0].Email);
    }

    [Fact]
    public async Task R12_a_create_stored_before_its_silo_died_keeps_its_contacts()
    {
        var faults = new StoreFaults();
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-contacts-{Guid.NewGuid():N}";
        var alice = Actors.AdminOf(Actors.PartnerA);
        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults)))
        {
            await Ecosystem.Register(first.Client);
            faults.Arm(1, afterWrite: true, writes => writes.Any(w => w.RowKey == RowKeys.Contact(Dee.Email.ToLowerInvariant())));
            await Assert.ThrowsAnyAsync<Exception>(() => first.Client.CreateReferral(alice, Requests.Private() with { Team = [Dee] }));
        }

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        Assert.Equal([Dee.Email], (await second.Client.GetRecentContacts(alice)).Select(c => c.Email));
    }
}
