using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4, for answers: an accept's transaction fails before it is stored, or is stored and its caller
/// is told it failed. The invitee retries; afterwards the answer is there once, the inviter is notified once, the
/// engagement shows it and the invitee's webhook has it queued once. On the in-memory store and on Azurite. When
/// nobody retries: <see cref="UnattendedAnswerCrashPointTests"/>.
/// </summary>
[LongRunning]
public sealed class AnswerCrashPointTests
{
    internal static Actor A => Actors.AdminOf(Actors.PartnerA);

    internal static Actor B => Actors.AdminOf(Actors.PartnerB) with { Roles = [Role.PartnerAdmin, Role.ReferralAdmin] };

    public static TheoryData<string, bool> Points() => new() { { "memory", false }, { "memory", true }, { "azurite", false }, { "azurite", true } };

    internal static IDictionary<string, string?>? Settings(string storage) => storage == "azurite" ? Azurite.FreshTables() : null;

    [Theory]
    [MemberData(nameof(Points))]
    public async Task R19_R34_R36_an_accept_failing_at_its_transaction_and_retried_is_answered_and_published_once(string storage, bool afterWrite)
    {
        var faults = new StoreFaults();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var cluster = await CoSellCluster.StartAsync(Settings(storage), configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults));
        var (source, inbound, hook) = await Route(cluster, receiver);

        faults.Arm(1, afterWrite);
        await Assert.ThrowsAnyAsync<Exception>(() => cluster.Client.Accept(B, inbound));
        faults.Disarm();
        Assert.Equal(afterWrite ? Substatus.Accepted : Substatus.Received, (await cluster.Client.GetReferral(B, inbound)).Substatus);

        // The invitee was told it failed and tries again: the first attempt's write, if stored, is what stands.
        try
        {
            await cluster.Client.Accept(B, inbound);
        }
        catch (CoSellException ex) when (afterWrite && ex.Target == "R19")
        {
        }

        await AssertAnsweredOnce(cluster, source, inbound, hook);
    }

    /// <summary>A creates a deal inviting B; B has a webhook for its referral updates; B has the delivery.</summary>
    internal static async Task<(string Source, string Inbound, string Hook)> Route(CoSellCluster cluster, WebhookReceiver receiver)
    {
        await Ecosystem.Register(cluster.Client);
        var hook = await cluster.Client.RegisterWebhook(B, new WebhookRequest(receiver.Url, ["referral-updated"], "a-shared-secret-of-some-length"));
        var created = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = $"{created.Id}-{Actors.PartnerB}";
        await Eventually.Until(() => cluster.Client.ListReferrals(B, new ReferralQuery { Direction = ReferralDirection.Incoming }), p => p.Items.Count > 0, "B's delivery");
        return (created.Id, inbound, hook.Id);
    }

    private static async Task AssertAnsweredOnce(CoSellCluster cluster, string source, string inbound, string hook)
    {
        var accepted = await cluster.Client.GetReferral(B, inbound);
        Assert.Equal(Substatus.Accepted, accepted.Substatus);
        Assert.Single(await cluster.Client.GetHistory(B, inbound), h => h.Action == "accepted");

        var notices = await Eventually.Until(() => cluster.Client.GetNotifications(A), n => n.Any(x => x.Kind == NotificationKind.ReferralAccepted), "the inviter's notification");
        Assert.Single(notices, n => n.Kind == NotificationKind.ReferralAccepted && n.ReferralId == source);

        var shown = await Eventually.Until(() => cluster.Client.GetReferral(A, source), r => r.Participants.Any(p => p.Substatus == Substatus.Accepted), "the engagement's report");
        Assert.Equal(Substatus.Accepted, Assert.Single(shown.Participants, p => p.OrganizationId == Actors.PartnerB).Substatus);

        // B's only change after its delivery is the accept: one referral-updated event, queued once.
        var deliveries = await Eventually.Until(() => cluster.Client.GetWebhookDeliveries(B, hook), d => d.Any(x => x.ReferralId == inbound), "the accept's webhook delivery");
        Assert.Single(deliveries, d => d.ReferralId == inbound);
    }
}
