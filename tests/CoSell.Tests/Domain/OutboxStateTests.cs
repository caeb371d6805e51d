using CoSell.Grains.Notifications;

namespace CoSell.Tests.Domain;

/// <summary>R34: the outbox stays bounded, whether mail is sent or not.</summary>
public sealed class OutboxStateTests
{
    private static Notification Notice(int i) =>
        new($"n-{i}", NotificationKind.ReferralReceived, "p", ["a@b.example"], $"r-{i}", "deal", "e", "summary", DomainFixtures.Now);

    [Fact]
    public void R34_with_mail_off_the_outbox_keeps_only_the_latest_notifications_and_still_recognises_repeats()
    {
        var state = new OutboxState();
        var total = OutboxState.KeepDelivered + 100;
        for (var i = 0; i < total; i++)
        {
            state.Add(Notice(i));
            state.TrimUnsent(OutboxState.KeepDelivered);
        }

        Assert.Equal(OutboxState.KeepDelivered, state.Items.Count);
        Assert.Equal("n-100", state.Items[0].Notification.Id);
        Assert.Equal($"n-{total - 1}", state.Items[^1].Notification.Id);
        Assert.True(state.Seen("n-0"));
    }

    [Fact]
    public void R34_delivered_notifications_are_pruned_but_unsent_ones_never_are()
    {
        var state = new OutboxState();
        for (var i = 0; i < OutboxState.KeepDelivered + 10; i++)
        {
            state.Add(Notice(i));
            state.Items[^1].SentAt = DomainFixtures.Now;
        }

        state.Add(Notice(9999));
        state.Prune();
        Assert.Equal(OutboxState.KeepDelivered + 1, state.Items.Count);
        Assert.Equal("n-9999", state.NextPending()!.Notification.Id);
    }

    [Fact]
    public void R34_ids_are_remembered_up_to_the_bound_so_the_record_stays_small()
    {
        var state = new OutboxState();
        for (var i = 0; i < OutboxState.RememberIds + 5; i++)
        {
            state.Add(Notice(i));
            state.TrimUnsent(OutboxState.KeepDelivered);
        }

        Assert.Equal(OutboxState.RememberIds, state.SeenIds.Count);
        Assert.False(state.Seen("n-4"));
        Assert.True(state.Seen("n-5"));
    }
}
