using CoSell.Grains.Desks;
using CoSell.Grains.Storage;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 16, point 2: an Operator's assignment moves a co-sell request between two sellers' partitions, which share no
/// transaction. Each of its three batches — the assignment written down in the queue (target and relay), the request
/// stored in the seller's partition, the queue's rows and relay deleted — fails before or after it is stored, and every
/// silo goes away. On a fresh cluster the queue's desk finishes what its partition says: the request ends with the
/// seller exactly once (one history entry), or, when nothing was written, stays queued and can be assigned again.
/// </summary>
[LongRunning]
public sealed class AssignmentCrashPointTests
{
    public static TheoryData<string, int, bool> Points()
    {
        // On Azurite only: the seller directory's routing record (grain state) must outlive the silos as the rows do.
        var data = new TheoryData<string, int, bool>();
        for (var batch = 1; batch <= 3; batch++)
        {
            data.Add("azurite", batch, false);
            data.Add("azurite", batch, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public async Task R4_an_assignment_failing_at_any_batch_ends_with_the_seller_once_or_stays_queued(string storage, int failingBatch, bool afterWrite)
    {
        var faults = new StoreFaults();
        var settings = CrashPointTests.Settings(storage);
        var serviceId = $"cosell-assign-crash-{Guid.NewGuid():N}";
        var sam = Actors.Seller(Actors.SellerUs);
        string id;
        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults)))
        {
            await Ecosystem.Register(first.Client);
            await first.Client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.CoSell() with { Customer = new CustomerInput("c-200", Requests.Ann) });
            id = Assert.Single((await first.Client.ListReferrals(Actors.Operator, new ReferralQuery())).Items).Id;
            // Only the batches of the move itself count: those writing the request's state row or its move relay.
            faults.Arm(failingBatch, afterWrite, writes => writes.Any(w => w.RowKey == RowKeys.State(id) || w.RowKey == DeskRelays.MoveKey(id)));
            await Assert.ThrowsAnyAsync<Exception>(() => first.Client.AssignRequest(Actors.Operator, id, Actors.SellerUs));
        }

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        if (failingBatch == 1 && !afterWrite)
        {
            // Nothing was written: the request still waits in the queue, and assigning it again works.
            Assert.Equal(id, Assert.Single((await second.Client.ListReferrals(Actors.Operator, new ReferralQuery())).Items).Id);
            await second.Client.AssignRequest(Actors.Operator, id, Actors.SellerUs);
        }
        else
        {
            // Any call activates the queue's desk, whose recovery finishes the move its partition holds.
            await Eventually.Until(() => second.Client.ListReferrals(Actors.Operator, new ReferralQuery()), page => page.Items.Count == 0, "the queue emptied by its desk's recovery");
        }

        var held = await Eventually.Until(() => second.Client.ListReferrals(sam, new ReferralQuery()), page => page.Items.Count > 0, "the request with Sam");
        Assert.Equal(id, Assert.Single(held.Items).Id);
        Assert.Single(await second.Client.GetHistory(sam, id), h => h.Action == "assigned");
        Assert.Equal(1, (await second.Client.ListSellers(Actors.Operator)).Single(s => s.Profile.Id == Actors.SellerUs).OpenRequests);
        Assert.Equal(Substatus.Accepted, (await second.Client.Accept(sam, id)).Substatus);
    }
}
