using CoSell.Grains.Webhooks;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12, acceptance 4, for webhooks (R36): the transaction that queues a change's deliveries, or the one that
/// records an attempt, fails before it is stored or after. Afterwards the delivery is queued once and recorded as
/// delivered; the receiver got it with one CloudEvent id — once when the attempt's record was stored, and at most
/// twice (at least once, receivers drop repeats by id) when it was not. On the in-memory store and on Azurite.
/// </summary>
[LongRunning]
public sealed class WebhookCrashPointTests
{
    private static Actor Admin => Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };

    public static TheoryData<string, string, bool> Points()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var storage in new[] { "memory", "azurite" })
        {
            foreach (var point in new[] { "queue", "attempt" })
            {
                data.Add(storage, point, false);
                data.Add(storage, point, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public async Task R36_a_delivery_whose_queue_or_attempt_transaction_fails_is_queued_once_and_delivered(string storage, string point, bool afterWrite)
    {
        var faults = new StoreFaults();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var cluster = await CoSellCluster.StartAsync(storage == "azurite" ? Azurite.FreshTables() : null,
            configureSilo: silo => FaultyPartitionStore.Decorate(silo.Services, faults));
        var webhooks = cluster.Grains.GetGrain<IWebhookGrain>(Actors.PartnerA);
        var hook = await webhooks.Register(Admin, new WebhookRequest(receiver.Url, ["referral-created"], "a-shared-secret-of-some-length"));
        var change = new ReferralChange("r-1", Actors.PartnerA, 1, CoSellCluster.Start, WebhookEvent.ReferralCreated, "{\"n\":1}");

        // Batch 1 queues the delivery; batch 2 records the first attempt.
        faults.Arm(point == "queue" ? 1 : 2, afterWrite, counts: writes => writes.Any(w => w.RowKey.StartsWith("q|webhook|", StringComparison.Ordinal)));
        try
        {
            await webhooks.AsReference<IWebhookFeed>().Publish(change);
        }
        catch (Exception) when (point == "queue")
        {
            // The publisher was told it failed and publishes again (the referral's publication retries).
            faults.Disarm();
            await webhooks.AsReference<IWebhookFeed>().Publish(change);
        }

        // Disarmed only once the armed batch failed: the receiver has the first attempt before its record is written.
        await faults.Fired.WaitAsync(TimeSpan.FromSeconds(20));
        faults.Disarm();

        // A failed write deactivates the grain; its next activation reads the queue from storage and finishes.
        var deliveries = await Eventually.Until(() => Deliveries(webhooks, hook.Id), d => d.Count == 1 && d[0].DeliveredAt is not null, "the delivery recorded");
        Assert.Equal("r-1", Assert.Single(deliveries).ReferralId);
        var ids = receiver.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Single(ids.Distinct());
        Assert.Equal(point == "attempt" && !afterWrite ? 2 : 1, ids.Count);
    }

    /// <summary>The deliveries, or none while the grain that failed a write is still going (it refuses to answer then).</summary>
    private static async Task<IReadOnlyList<WebhookDelivery>> Deliveries(IWebhookGrain webhooks, string hook)
    {
        try
        {
            return await webhooks.GetDeliveries(Admin, hook);
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }
}
