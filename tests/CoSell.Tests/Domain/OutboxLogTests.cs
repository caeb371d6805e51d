using CoSell.Grains.Notifications;

namespace CoSell.Tests.Domain;

/// <summary>R34: the outbox is held in pages; recording writes one page, and the outbox stays bounded.</summary>
public sealed class OutboxLogTests
{
    private static OutboxItem Notice(int i) =>
        new() { Notification = new($"n-{i}", NotificationKind.ReferralReceived, "p", ["a@b.example"], $"r-{i}", "deal", "e", "summary", DomainFixtures.Now) };

    private static bool MailOff(OutboxItem item) => true;

    private static bool Sent(OutboxItem item) => item.SentAt is not null;

    [Fact]
    public void R34_a_notification_goes_into_the_last_page_until_it_is_full_then_into_a_new_one()
    {
        var log = new OutboxLog(new OutboxState(), []);
        var pages = Enumerable.Range(0, OutboxLog.PageSize + 1).Select(i => log.Append(Notice(i))!).ToArray();

        Assert.All(pages.Take(OutboxLog.PageSize), p => Assert.Same(pages[0], p));
        Assert.NotSame(pages[0], pages[^1]);
        Assert.Equal([0, 1], log.Pages.Select(p => p.Number));
        Assert.Equal(OutboxLog.PageSize, pages[0].Items.Count);
    }

    [Fact]
    public void R34_a_repeat_is_recognised_and_goes_nowhere()
    {
        var log = new OutboxLog(new OutboxState(), []);
        Assert.NotNull(log.Append(Notice(1)));
        Assert.Null(log.Append(Notice(1)));
        Assert.Single(log.Items);
    }

    [Fact]
    public void R34_with_mail_off_old_pages_are_dropped_keeping_the_latest_notifications_and_their_ids()
    {
        var state = new OutboxState();
        var log = new OutboxLog(state, []);
        var total = OutboxLog.KeepFinished + 100;
        var dropped = new List<OutboxPage>();
        for (var i = 0; i < total; i++)
        {
            log.Append(Notice(i));
            dropped.AddRange(log.DropFinished(MailOff));
        }

        var held = log.Items.Count();
        Assert.InRange(held, OutboxLog.KeepFinished, OutboxLog.KeepFinished + OutboxLog.PageSize);
        Assert.Equal($"n-{total - 1}", log.Items.Last().Notification.Id);
        Assert.Equal(total - held, dropped.Sum(p => p.Items.Count));
        Assert.Equal(log.Pages[0].Number, state.FirstPage);
        Assert.True(log.Seen("n-0"));
        Assert.Null(log.Append(Notice(0)));
    }

    [Fact]
    public void R34_unsent_notifications_are_never_dropped()
    {
        var log = new OutboxLog(new OutboxState(), []);
        log.Append(Notice(9999));
        for (var i = 0; i < OutboxLog.KeepFinished * 3; i++)
        {
            log.Append(Notice(i))!.Items[^1].SentAt = DomainFixtures.Now;
        }

        Assert.Empty(log.DropFinished(Sent));
        Assert.Equal("n-9999", log.NextPending()!.Notification.Id);

        log.NextPending()!.SentAt = DomainFixtures.Now;
        Assert.NotEmpty(log.DropFinished(Sent));
        Assert.Null(log.NextPending());
    }

    [Fact]
    public void R34_ids_are_remembered_up_to_the_bound_so_the_record_stays_small()
    {
        var state = new OutboxState();
        var log = new OutboxLog(state, []);
        for (var i = 0; i < OutboxLog.RememberIds + OutboxLog.KeepFinished + (2 * OutboxLog.PageSize); i++)
        {
            log.Append(Notice(i));
            log.DropFinished(MailOff);
        }

        Assert.True(state.SeenIds.Count <= OutboxLog.RememberIds);
        Assert.False(log.Seen("n-0"));
        Assert.True(log.Seen(state.SeenIds[0]));
    }

    [Fact]
    public void R34_a_reloaded_outbox_continues_its_pages_and_recognises_what_it_held_and_dropped()
    {
        var state = new OutboxState();
        var log = new OutboxLog(state, []);
        for (var i = 0; i < OutboxLog.KeepFinished + (3 * OutboxLog.PageSize); i++)
        {
            log.Append(Notice(i));
            log.DropFinished(MailOff);
        }

        var last = log.Pages[^1];
        var expected = last.Items.Count == OutboxLog.PageSize ? last.Number + 1 : last.Number;
        var reloaded = new OutboxLog(state, [.. log.Pages]);
        Assert.True(reloaded.Seen("n-0"));
        Assert.True(reloaded.Seen($"n-{OutboxLog.KeepFinished}"));
        Assert.Equal(expected, reloaded.Append(Notice(100_000))!.Number);
    }
}
