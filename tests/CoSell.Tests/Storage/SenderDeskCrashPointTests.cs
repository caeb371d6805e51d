using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4, without a retry: a route's transaction fails before or after it is written, every silo
/// goes away, and the sender's desk, activated by any call on a fresh cluster, finishes what its partition says —
/// each acknowledged change there once, each invitation delivered once. A class of its own so that its cases run
/// beside <see cref="CrashPointTests"/>' instead of after them.
/// </summary>
[LongRunning]
public sealed class SenderDeskCrashPointTests
{
    [Theory]
    [MemberData(nameof(CrashPointTests.Points), MemberType = typeof(CrashPointTests))]
    public async Task R18_a_route_failing_at_any_transaction_is_finished_by_the_senders_desk_when_it_comes_back(string storage, int failingBatch, bool afterWrite)
    {
        var faults = new StoreFaults();
        var settings = CrashPointTests.Settings(storage);
        var serviceId = $"cosell-crash-{Guid.NewGuid():N}";
        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults)))
        {
            await Ecosystem.Register(first.Client);
            faults.Arm(failingBatch, afterWrite);
            await Assert.ThrowsAnyAsync<Exception>(() => first.Client.CreateReferral(CrashPointTests.A, CrashPointTests.Request));
        }

        // Every silo is gone; the sender's desk comes back (any call activates it) and finishes what its partition says.
        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        await Ecosystem.Register(second.Client);
        var outbound = (await second.Client.ListReferrals(CrashPointTests.A, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items;
        if (failingBatch == 1 && !afterWrite)
        {
            // Nothing was written and nothing was acknowledged: there is nothing to finish.
            Assert.Empty(outbound);
            return;
        }

        await CrashPointTests.AssertExactlyOnce(second, Assert.Single(outbound).Id);
    }
}
