using System.Globalization;
using System.Text.Json;
using CoSell.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 16, point 1 (R18, R21, R22): before a window closes the party that must answer is warned, 3 days and 1 day
/// before by default — a notification mailed to the invitation's recipients, a <c>referral-expiring</c> feed event and
/// webhook — driven by the desk's window reminder on a fake clock, each warning once across a full silo restart
/// (Azure Table storage through Azurite) and none after an answer.
/// </summary>
[LongRunning]
public sealed class WindowWarningTests
{
    private const string Secret = "warning-webhook-secret";

    [Fact]
    public async Task R18_R21_R22_each_warning_is_given_once_across_a_silo_restart_and_none_after_an_answer()
    {
        var settings = Azurite.FreshTables();
        var port = LoopbackPort.Free();
        settings["CoSell:Email:Enabled"] = "true";
        settings["CoSell:Email:Port"] = port.ToString(CultureInfo.InvariantCulture);
        var serviceId = $"cosell-warn-{Guid.NewGuid():N}";
        var clock = new FakeTimeProvider(CoSellCluster.Start);
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var receiver = await WebhookReceiver.StartAsync();
        var a = Actors.AdminOf(Actors.PartnerA);
        var b = Actors.AdminOf(Actors.PartnerB);
        var adminB = new Actor(Actors.PartnerB, Actors.PrimaryTenant(Actors.PartnerB), "pat", [Role.PartnerAdmin]);

        string waiting, answered, request;
        Actor seller;
        await using (var first = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            await first.Client.RegisterWebhook(adminB, new WebhookRequest(receiver.Url, ["referral-expiring"], Secret));
            await first.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "Waits" });
            await first.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "Answered" });
            var coSell = await first.Client.CreateReferral(a, Requests.CoSell() with { Name = "Seller waits" });
            var inbound = (await first.Client.ListReferrals(b, new ReferralQuery { Direction = ReferralDirection.Incoming })).Items;
            waiting = inbound.Single(r => r.Name == "Waits").Id;
            answered = inbound.Single(r => r.Name == "Answered").Id;
            seller = Actors.Seller(coSell.Microsoft.SellerId!);
            request = (await first.Client.ListReferrals(seller, new ReferralQuery())).Items.Single().Id;

            // 3 days before the deadline: the 3-day warnings, one for each waiting party.
            clock.Advance(TimeSpan.FromDays(11) + TimeSpan.FromMinutes(1));
            await Eventually.Ticking(clock, () => Warnings(first, b), w => w.Count == 2, "B's 3-day warnings");
            await Eventually.Ticking(clock, () => Warnings(first, seller), w => w.Count == 1, "the seller's 3-day warning");
            await first.Client.Accept(b, answered);
        }

        // The whole cluster is down across the 1-day warning's due time.
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await using var second = await CoSellCluster.StartAsync(settings, clock, serviceId: serviceId);
        await Eventually.Ticking(clock, () => Warnings(second, b), w => w.Count == 3, "B's 1-day warning after the restart");
        await Eventually.Ticking(clock, () => Warnings(second, seller), w => w.Count == 2, "the seller's 1-day warning after the restart");

        // More ticks up to the deadline change nothing: each warning once, none for the answered referral.
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromHours(4));
            await Task.Delay(300);
        }

        var toB = await Warnings(second, b);
        Assert.Equal(2, toB.Count(n => n.ReferralId == waiting));
        Assert.Equal(1, toB.Count(n => n.ReferralId == answered));
        Assert.All(toB, n => Assert.Contains($"admin@{Actors.PartnerB}.example", n.Recipients));
        Assert.Equal(2, (await Warnings(second, seller)).Count(n => n.ReferralId == request));
        var history = await second.Client.GetHistory(b, waiting);
        Assert.Equal(2, history.Count(h => h.Action == "warned"));
        Assert.Equal(Substatus.Received, (await second.Client.GetReferral(b, waiting)).Substatus);

        // The feed and the webhook carry each warning once, as referral-expiring.
        var events = (await second.Client.ReadEvents(adminB)).Items.Where(e => e.Type == "referral-expiring").ToList();
        Assert.Equal(new[] { answered, waiting, waiting }.Order(), events.Select(e => e.Subject).Order());
        var deliveries = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 3, "three referral-expiring deliveries");
        Assert.Equal(3, deliveries.Select(d => d.DeliveryId).Distinct().Count());
        Assert.All(deliveries, d => Assert.Equal("referral-expiring", JsonDocument.Parse(d.Body).RootElement.GetProperty("type").GetString()));

        // And the mail: one per warning (3 to B, 2 to the seller).
        var mails = await Eventually.Until(() => Task.FromResult(smtp.Received.Where(m => (m.Subject ?? "").Contains("Respond soon", StringComparison.Ordinal)).ToList()),
            m => m.Count >= 5, "the warning mails");
        Assert.Equal(5, mails.Count);
    }

    private static async Task<List<Notification>> Warnings(CoSellCluster cluster, Actor actor) =>
        [.. (await cluster.Client.GetNotifications(actor)).Where(n => n.Kind == NotificationKind.ReferralExpiring)];
}
