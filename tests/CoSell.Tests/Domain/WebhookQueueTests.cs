using CoSell.Grains.Webhooks;

namespace CoSell.Tests.Domain;

/// <summary>R36: the webhook delivery queue is held in pages; queuing writes one page, and the queue stays bounded.</summary>
public sealed class WebhookQueueTests
{
    private static QueuedDelivery Delivery(int i, string webhook = "wh-1") => new()
    {
        Id = $"r-{i}:1:referral-created:{webhook}", WebhookId = webhook, Event = WebhookEvent.ReferralCreated, ReferralId = $"r-{i}", ReferralVersion = 1, Body = "{}",
    };

    [Fact]
    public void R36_a_delivery_goes_into_the_last_page_until_it_is_full_and_a_repeat_goes_nowhere()
    {
        var queue = new WebhookQueue(new WebhookState(), []);
        var pages = Enumerable.Range(0, WebhookQueue.PageSize + 1).Select(i => queue.Append(Delivery(i))!).ToArray();

        Assert.All(pages.Take(WebhookQueue.PageSize), p => Assert.Same(pages[0], p));
        Assert.Equal([0, 1], queue.Pages.Select(p => p.Number));
        Assert.Null(queue.Append(Delivery(3)));
        Assert.True(queue.Contains(Delivery(3).Id));
    }

    [Fact]
    public void R36_each_webhook_is_served_in_order_whatever_page_its_deliveries_are_in()
    {
        var queue = new WebhookQueue(new WebhookState(), []);
        for (var i = 0; i < WebhookQueue.PageSize * 2; i++)
        {
            queue.Append(Delivery(i, i % 2 == 0 ? "wh-1" : "wh-2"));
        }

        Assert.Equal(["r-0", "r-1"], queue.Heads().Select(d => d.ReferralId));
        queue.Heads().First().DeliveredAt = DomainFixtures.Now;
        Assert.Equal(["r-1", "r-2"], queue.Heads().Select(d => d.ReferralId).Order());
    }

    [Fact]
    public void R36_done_pages_are_dropped_keeping_the_latest_and_pending_ones_never_are()
    {
        var state = new WebhookState();
        var queue = new WebhookQueue(state, []);
        queue.Append(Delivery(-1, "wh-down"));
        for (var i = 0; i < WebhookQueue.KeepDone * 2; i++)
        {
            queue.Append(Delivery(i))!.Items[^1].DeliveredAt = DomainFixtures.Now;
        }

        // The first page holds a delivery still waiting on a receiver that is down: nothing behind it is dropped.
        Assert.Empty(queue.DropDone());

        queue.Heads().Single().GaveUp = true;
        var dropped = queue.DropDone();
        Assert.NotEmpty(dropped);
        Assert.InRange(queue.Items.Count(), WebhookQueue.KeepDone, WebhookQueue.KeepDone + WebhookQueue.PageSize);
        Assert.Equal(queue.Pages[0].Number, state.FirstPage);
        Assert.False(queue.Contains(Delivery(-1, "wh-down").Id));
    }

    [Fact]
    public void R36_a_reloaded_queue_continues_its_pages()
    {
        var state = new WebhookState();
        var queue = new WebhookQueue(state, []);
        for (var i = 0; i < WebhookQueue.PageSize + 3; i++)
        {
            queue.Append(Delivery(i));
        }

        var reloaded = new WebhookQueue(state, [.. queue.Pages]);
        Assert.True(reloaded.Contains(Delivery(0).Id));
        Assert.Equal(1, reloaded.Append(Delivery(1_000))!.Number);
    }
}
