using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4: a route's transactions (the sender's create, each invitee's delivery) fail before or after
/// they are written; afterwards every acknowledged change is there exactly once, every invitation delivered once and
/// every notification recorded once when the client retries with its key (<see cref="SenderDeskCrashPointTests"/>:
/// when the sender's desk comes back on its own). On the in-memory store and on Azurite.
/// </summary>
[LongRunning]
public sealed class CrashPointTests
{
    internal static Actor A => Actors.AdminOf(Actors.PartnerA);

    internal static readonly string[] Invitees = [Actors.PartnerB, Actors.PartnerC];

    internal static CreateReferralRequest Request => Requests.P2P([.. Invitees.Select(i => Requests.PartnerInvitation(i))]);

    public static TheoryData<string, int, bool> Points()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var storage in new[] { "memory", "azurite" })
        {
            // Batch 1 is the sender's create, 2 and 3 the two deliveries.
            for (var batch = 1; batch <= 3; batch++)
            {
                data.Add(storage, batch, false);
                data.Add(storage, batch, true);
            }
        }

        return data;
    }

    internal static IDictionary<string, string?>? Settings(string storage) => storage == "azurite" ? Azurite.FreshTables() : null;

    [Theory]
    [MemberData(nameof(Points))]
    public async Task R18_R40_a_route_failing_at_any_transaction_and_retried_with_its_key_is_there_exactly_once(string storage, int failingBatch, bool afterWrite)
    {
        var faults = new StoreFaults();
        await using var cluster = await CoSellCluster.StartAsync(Settings(storage), configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults));
        await Ecosystem.Register(cluster.Client);

        faults.Arm(failingBatch, afterWrite);
        Referral? first = null;
        try
        {
            first = await cluster.Client.CreateReferral(A, Request, "crash-route");
        }
        catch (Exception ex) when (ex is IOException or CoSellException)
        {
        }

        faults.Disarm();
        Assert.Null(first);

        // The client was told it failed and retries with its key (R40).
        var created = await cluster.Client.CreateReferral(A, Request, "crash-route");
        await AssertExactlyOnce(cluster, created.Id);
    }

    internal static async Task AssertExactlyOnce(CoSellCluster cluster, string referralId)
    {
        Assert.Equal(referralId, Assert.Single((await cluster.Client.ListReferrals(A, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items).Id);
        foreach (var invitee in Invitees)
        {
            var admin = Actors.AdminOf(invitee);
            var inbox = await Eventually.Until(() => cluster.Client.ListReferrals(admin, new ReferralQuery { Direction = ReferralDirection.Incoming }), p => p.Items.Count > 0, $"{invitee}'s delivery");
            Assert.Equal($"{referralId}-{invitee}", Assert.Single(inbox.Items).Id);
            var notices = await cluster.Client.GetNotifications(admin);
            Assert.Single(notices, n => n.Kind == NotificationKind.ReferralReceived && n.ReferralId == $"{referralId}-{invitee}");
        }

        var shown = await cluster.Client.GetReferral(A, referralId);
        Assert.Equal(Invitees.Order(), shown.Participants.Select(p => p.OrganizationId).Order());
        Assert.All(shown.Participants, p => Assert.Equal(Substatus.Received, p.Substatus));
    }
}
