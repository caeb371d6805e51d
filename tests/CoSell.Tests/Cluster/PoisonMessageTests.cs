using System.Diagnostics.Metrics;
using System.Net;
using CoSell.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 10, point 8 (R34, R36): no poison message. A mail the server refuses for good, or a webhook event the
/// receiver refuses, fails on its own — visible, counted — and later ones keep flowing.
/// </summary>
public sealed class PoisonMessageTests
{
    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    [Fact]
    public async Task R34_a_mail_refused_for_good_fails_alone_and_later_mail_of_the_organization_flows()
    {
        var port = LoopbackPort.Free();
        await using var smtp = await TestSmtpServer.StartAsync(port, rejects: address => address.StartsWith("nobody@", StringComparison.Ordinal));
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(new Dictionary<string, string?>
        {
            ["CoSell:Email:Enabled"] = "true",
            ["CoSell:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var failures = 0L;
        using var listener = Count(cluster, "cosell.notifications.failed", n => Interlocked.Add(ref failures, n));

        var poisoned = new Contact("No", "Body", "+1 206 555 0199", "nobody@northwind.example");
        await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Team = [poisoned] }) with { Name = "Poisoned" });
        await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "After the poison" });

        var later = await Eventually.Until(() => Task.FromResult(smtp.Received.Where(m => (m.Subject ?? "").Contains("After the poison")).ToList()),
            m => m.Count == 1, "the mail queued after the refused one");
        Assert.Single(later);

        var b = Actors.AdminOf(Actors.PartnerB);
        var deliveries = await Eventually.Until(() => cluster.Client.GetNotificationDeliveries(b), d => d.Any(x => x.Status == "failed"), "the refused mail given up");
        var notices = await cluster.Client.GetNotifications(b);
        var failed = deliveries.Single(d => d.Status == "failed");
        Assert.Equal("Poisoned", notices.Single(n => n.Id == failed.NotificationId).ReferralName);
        Assert.Contains("550", failed.LastError);
        Assert.Contains("nobody@northwind.example", failed.LastError);
        Assert.NotNull(failed.FailedAt);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, Interlocked.Read(ref failures));

        // The refused recipient does not cost the others theirs: B's admin got the poisoned referral's mail.
        var poisonedMail = Assert.Single(smtp.Received, m => (m.Subject ?? "").Contains("Poisoned"));
        Assert.Equal($"admin@{Actors.PartnerB}.example", poisonedMail.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task R36_a_delivery_the_receiver_refuses_fails_alone_and_the_webhooks_later_deliveries_flow()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuse: body => body.Contains("\"Refused deal\"", StringComparison.Ordinal));
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var failures = 0L;
        using var listener = Count(cluster, "cosell.webhook_deliveries.failed", n => Interlocked.Add(ref failures, n));
        var admin = A with { Roles = [Role.PartnerAdmin] };
        var webhook = await cluster.Client.RegisterWebhook(admin, new WebhookRequest(receiver.Url, ["referral-created"], "a-secret-of-sixteen-chars"));

        await cluster.Client.CreateReferral(admin, Requests.Private("Refused deal"));
        await cluster.Client.CreateReferral(admin, Requests.Private("Accepted deal"));

        // The receiver answers before the webhook records the attempt: wait for the record, not the request.
        var deliveries = await Eventually.Until(() => cluster.Client.GetWebhookDeliveries(admin, webhook.Id), d => d.Any(x => x.Status == "delivered"), "the delivery after the refused one");
        var failed = Assert.Single(deliveries, d => d.Status == "failed");
        Assert.Equal(1, failed.Attempts);
        Assert.Equal((int)HttpStatusCode.UnprocessableEntity, failed.LastStatusCode);
        Assert.Single(deliveries, d => d.Status == "delivered");
        Assert.Equal(1, Interlocked.Read(ref failures));
    }

    /// <summary>
    /// Counts <paramref name="instrument"/> of this test's silo only: a listener hears every meter of the process, and
    /// other tests' clusters run beside this one. Each silo's meters are scoped to its own meter factory.
    /// </summary>
    private static MeterListener Count(CoSellCluster cluster, string instrument, Action<long> add)
    {
        var factory = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == "CoSell" && i.Name == instrument && ReferenceEquals(i.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => add(value));
        listener.Start();
        return listener;
    }
}
