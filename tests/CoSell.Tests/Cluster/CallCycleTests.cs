using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 11, point 3: no call a desk makes waits on a call back into that desk. A silo that stops deactivates its
/// grains while they run; a deactivating desk holds even interleaving calls until its running call ends, so a
/// referral calling back into the desk that is waiting on it stalled both until the 30 s timeout (a rolling restart
/// saw 503s and 24 s requests). The desk now indexes what its calls return and checks links and favorites itself.
/// </summary>
public sealed class CallCycleTests
{
    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    [Fact]
    public async Task R18_R21_R27_R40_creating_retrying_inviting_and_expiring_never_call_back_into_the_waiting_desk()
    {
        var probe = new DeskCallbackProbe();
        await using var cluster = await CoSellCluster.StartAsync(configureSilo: silo => silo.AddIncomingGrainCallFilter(probe));
        await Ecosystem.Register(cluster.Client);

        var created = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)), "cycle-1");
        var retried = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)), "cycle-1");
        Assert.Equal(created.Id, retried.Id);
        await cluster.Client.SetFavorite(A, created.Id, true);
        var invited = await cluster.Client.Invite(A, created.Id, Requests.PartnerInvitation(Actors.PartnerC));
        Assert.True(invited.Favorite);
        Assert.Equal(2, invited.Participants.Count);

        // Both invitations lapse: the invitees' desks expire them from their window reminders.
        cluster.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await Eventually.Ticking(cluster.Clock, () => cluster.Client.GetReferral(A, created.Id), r => r.Participants.All(p => p.Substatus == Substatus.Expired), "both invitations expiring");

        // The desks were indexed all the same: the creator's view and the invitees' views show the latest state.
        var outbound = await cluster.Client.ListReferrals(A, new ReferralQuery { Direction = ReferralDirection.Outgoing });
        Assert.Equal(created.Id, Assert.Single(outbound.Items).Id);
        var inbound = await cluster.Client.ListReferrals(Actors.AdminOf(Actors.PartnerB), new ReferralQuery { Direction = ReferralDirection.Incoming });
        Assert.Equal(Substatus.Expired, Assert.Single(inbound.Items).Substatus);

        Assert.True(probe.Callbacks.IsEmpty, string.Join("\n", probe.Callbacks));
    }
}
