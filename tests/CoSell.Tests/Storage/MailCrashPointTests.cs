using CoSell.Grains.Notifications;
using System.Globalization;
using CoSell.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4, for mail (R34): the transaction that records a sent mail's outcome (its queue row deleted,
/// its log row marked sent) fails before it is stored, or after. Afterwards the notification is recorded once and
/// shown sent with one recorded attempt; the mail went once when the outcome was stored, and again (at least once,
/// same notification) when it was not, by the outbox's reminder. On the in-memory store and on Azurite.
/// </summary>
public sealed class MailCrashPointTests
{
    public static TheoryData<string, bool> Points() => new() { { "memory", false }, { "memory", true }, { "azurite", false }, { "azurite", true } };

    [Theory]
    [MemberData(nameof(Points))]
    public async Task R34_a_mail_whose_outcome_transaction_fails_is_recorded_once_and_shown_sent(string storage, bool afterWrite)
    {
        var faults = new StoreFaults();
        var clock = new FakeTimeProvider(CoSellCluster.Start);
        var port = LoopbackPort.Free();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        var settings = storage == "azurite" ? Azurite.FreshTables() : new Dictionary<string, string?>();
        settings["CoSell:Email:Enabled"] = "true";
        settings["CoSell:Email:Port"] = port.ToString(CultureInfo.InvariantCulture);
        await using var cluster = await CoSellCluster.StartAsync(settings, clock, configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults));
        var admin = Actors.AdminOf(Actors.PartnerA);
        var outbox = cluster.Grains.GetGrain<INotificationOutboxGrain>(ReferralKeys.Owner(Actors.PartnerA, null));
        var notice = new Notification("n-crash", NotificationKind.ReferralReceived, Actors.PartnerA, [$"admin@{Actors.PartnerA}.example"], "r-1", "Crash deal", "e", "summary", CoSellCluster.Start);

        // Batch 1 records the notification and queues its mail; batch 2 records the mail's outcome.
        faults.Arm(2, afterWrite);
        await outbox.AsReference<INotificationQueue>().Enqueue(notice);
        await Eventually.Until(() => Task.FromResult(smtp.Received.Count), n => n > 0, "the first send");

        // A lost outcome leaves the mail queued and not shown sent: the outbox's reminder sends it again.
        var deliveries = await Eventually.Ticking(clock, () => cluster.Client.GetNotificationDeliveries(admin), d => d.Any(x => x.Status == "sent"), "the mail shown sent");
        faults.Disarm();
        var delivery = Assert.Single(deliveries);
        Assert.Equal("n-crash", delivery.NotificationId);
        Assert.Single(await cluster.Client.GetNotifications(admin));
        Assert.Equal(1, delivery.Attempts);

        // The server records a message after it answered it: wait for the count expected.
        var sent = await Eventually.Until(() => Task.FromResult(smtp.Received.ToList()), m => m.Count >= (afterWrite ? 1 : 2), "the server's record of each send");
        Assert.Equal(afterWrite ? 1 : 2, sent.Count);
        Assert.All(sent, m => Assert.Contains("Crash deal", m.Subject ?? "", StringComparison.Ordinal));
    }
}
