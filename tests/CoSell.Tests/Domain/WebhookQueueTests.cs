using CoSell.Grains.Options;
using CoSell.Grains.Webhooks;

namespace CoSell.Tests.Domain;

/// <summary>R36: the webhook queue as its grain holds it: per-webhook order by change, repeats known, done rows trimmed.</summary>
public sealed class WebhookQueueTests
{
    private static QueuedDelivery Delivery(int i, string webhook = "wh-1", long version = 1, int second = 0) => new()
    {
        Id = $"r-{i}:{version}:referral-created:{webhook}",
        WebhookId = webhook,
        Event = WebhookEvent.ReferralCreated,
        ReferralId = $"r-{i}",
        ReferralVersion = version,
        ChangedAt = DomainFixtures.Now.AddSeconds(second),
        Body = "{}",
    };

    [Fact]
    public void R36_each_webhook_is_served_in_the_order_its_referrals_changed_whatever_order_they_were_queued_in()
    {
        var queue = new WebhookQueue();
        queue.Hold(Delivery(2, second: 2), "e");
        queue.Hold(Delivery(1, "wh-2", second: 1), "e");
        queue.Hold(Delivery(0, second: 0), "e");

        Assert.Equal(["r-0", "r-1"], queue.Heads().Select(d => d.ReferralId));
        queue.Heads().First().DeliveredAt = DomainFixtures.Now;
        Assert.Equal(["r-1", "r-2"], queue.Heads().Select(d => d.ReferralId).Order());
    }

    [Fact]
    public void R36_versions_of_one_referral_changed_in_the_same_tick_go_in_version_order()
    {
        var queue = new WebhookQueue();
        queue.Hold(Delivery(0, version: 10), "e");
        queue.Hold(Delivery(0, version: 9), "e");

        Assert.Equal([9L, 10L], queue.Items.Select(d => d.ReferralVersion));
        Assert.True(string.CompareOrdinal(WebhookRows.Key(Delivery(0, version: 9)), WebhookRows.Key(Delivery(0, version: 10))) < 0);
    }

    [Fact]
    public void R36_a_held_delivery_is_a_repeat_until_it_is_trimmed()
    {
        var queue = new WebhookQueue();
        queue.Hold(Delivery(0), "e1");

        Assert.True(queue.Contains(Delivery(0).Id));
        Assert.Equal("e1", queue.ETagOf(Delivery(0)));
        queue.Forget(Delivery(0));
        Assert.False(queue.Contains(Delivery(0).Id));
    }

    [Fact]
    public void R36_done_deliveries_beyond_those_kept_are_trimmed_oldest_first_and_pending_ones_never_are()
    {
        var queue = new WebhookQueue();
        queue.Hold(Delivery(-1, "wh-down", second: -1), "e");
        for (var i = 0; i < WebhookQueue.KeepDone + WebhookQueue.TrimBatch - 1; i++)
        {
            var done = Delivery(i, second: i);
            done.DeliveredAt = DomainFixtures.Now;
            queue.Hold(done, "e");
        }

        Assert.Empty(queue.ToTrim());
        var last = Delivery(10_000, second: 10_000);
        last.GaveUp = true;
        queue.Hold(last, "e");

        var trimmed = queue.ToTrim();
        Assert.Equal(WebhookQueue.TrimBatch, trimmed.Count);
        Assert.Equal(Enumerable.Range(0, WebhookQueue.TrimBatch).Select(i => $"r-{i}"), trimmed.Select(d => d.ReferralId));
        Assert.DoesNotContain(trimmed, d => d.WebhookId == "wh-down");
    }

    [Fact]
    public void R36_an_attempt_is_delivered_on_2xx_retried_on_5xx_and_dead_lettered_on_a_refusal_or_the_last_attempt()
    {
        var options = new WebhookOptions { RetryDelay = TimeSpan.FromSeconds(10), MaxAttempts = 3 };
        var now = DomainFixtures.Now;

        var delivered = Delivery(0);
        Assert.Null(delivered.Record(204, null, now, options));
        Assert.Equal(now, delivered.DeliveredAt);

        var retried = Delivery(1);
        Assert.Equal(TimeSpan.FromSeconds(10), retried.Record(500, null, now, options));
        Assert.Equal(TimeSpan.FromSeconds(20), retried.Record(503, null, now, options));
        Assert.False(retried.IsDueAt(now));
        Assert.True(retried.IsDueAt(now.AddSeconds(20)));
        Assert.Null(retried.Record(null, "HttpRequestException: refused", now, options));
        Assert.True(retried.GaveUp);
        Assert.Equal(3, retried.Attempts);

        var refused = Delivery(2);
        Assert.Null(refused.Record(410, null, now, options));
        Assert.True(refused.GaveUp);
        Assert.Equal("HTTP 410", refused.LastError);

        var throttled = Delivery(3);
        Assert.NotNull(throttled.Record(429, null, now, options));
        Assert.False(throttled.GaveUp);
    }
}
