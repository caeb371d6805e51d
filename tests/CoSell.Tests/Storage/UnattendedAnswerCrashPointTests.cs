using CoSell.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4, for answers nobody retries: an accept's transaction is stored and its silo dies before
/// publishing (or fails before it is stored). On a fresh cluster, without anyone calling, the invitee desk's recovery
/// reminder carries out the publication relay the accept left: the inviter is notified once and the engagement shows
/// the answer. On the in-memory store and on Azurite.
/// </summary>
[LongRunning]
public sealed class UnattendedAnswerCrashPointTests
{
    private static Actor A => AnswerCrashPointTests.A;

    private static Actor B => AnswerCrashPointTests.B;

    [Theory]
    [MemberData(nameof(AnswerCrashPointTests.Points), MemberType = typeof(AnswerCrashPointTests))]
    public async Task R19_R34_an_accept_stored_before_its_silo_died_is_published_by_the_invitees_desk_without_anyone_calling(string storage, bool afterWrite)
    {
        var faults = new StoreFaults();
        var settings = AnswerCrashPointTests.Settings(storage);
        var serviceId = $"cosell-answer-crash-{Guid.NewGuid():N}";
        var clock = new FakeTimeProvider(CoSellCluster.Start);
        string source;
        string inbound;
        await using var receiver = await WebhookReceiver.StartAsync();
        await using (var first = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults)))
        {
            (source, inbound, _) = await AnswerCrashPointTests.Route(first, receiver);
            faults.Arm(1, afterWrite);
            await Assert.ThrowsAnyAsync<Exception>(() => first.Client.Accept(B, inbound));
        }

        var logs = new CapturedLogs();
        await using var second = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId, configureSilo: silo => logs.AddTo(silo.Services));
        if (!afterWrite)
        {
            // Nothing was stored and nothing was acknowledged: the invitation still waits for an answer.
            Assert.Equal(Substatus.Received, (await second.Client.GetReferral(B, inbound)).Substatus);
            Assert.DoesNotContain(await second.Client.GetNotifications(A), n => n.Kind == NotificationKind.ReferralAccepted);
            return;
        }

        if (storage == "memory")
        {
            // In-memory reminders and registrations end with their cluster (the partitions stay, per service id): the
            // desk's next activation (any call) finds the relay instead.
            await Ecosystem.Register(second.Client);
            await second.Client.ListReferrals(B, new ReferralQuery { Direction = ReferralDirection.Incoming });
        }

        // On Azurite nobody calls: the invitee desk's recovery reminder, set before the accept was written, fires.
        var notices = await Eventually.Ticking(clock, () => second.Client.GetNotifications(A), n => n.Any(x => x.Kind == NotificationKind.ReferralAccepted), "the inviter's notification");
        Assert.Single(notices, n => n.Kind == NotificationKind.ReferralAccepted && n.ReferralId == source);
        var shown = await second.Client.GetReferral(A, source);
        Assert.Equal(Substatus.Accepted, Assert.Single(shown.Participants, p => p.OrganizationId == Actors.PartnerB).Substatus);

        // The recovering desk tells the directory its new figures (R37) as the cluster stops, where the directory has no
        // silo left to activate on: the desk must not wait for it, or its deactivation holds the stop until it times out.
        await second.DisposeAsync();
        Assert.DoesNotContain(logs.Warnings, w => w.Contains("failed to deactivate promptly", StringComparison.Ordinal));
    }
}
