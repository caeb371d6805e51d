using CoSell.Grains.Domain;

namespace CoSell.Tests.Domain;

/// <summary>A desk's ordered set of open response windows (R21, R22), fed by view summaries.</summary>
public sealed class ResponseDeadlinesTests
{
    private static readonly DateTimeOffset Now = DomainFixtures.Now;

    private static ReferralSummary Summary(string id, Substatus substatus, DateTimeOffset? expires, ReferralDirection direction = ReferralDirection.Incoming) => new()
    {
        Id = id, EngagementId = id, OrganizationId = "p", TenantId = "t", Name = id, Direction = direction, DealType = DealType.PartnerToPartner,
        Status = ReferralStatus.New, Substatus = substatus, SalesStage = SalesStage.Qualified, CustomerName = "c", DealValue = 1, Currency = "USD",
        ExpirationDateTime = expires, UpdatedDateTime = Now, Version = 1,
    };

    [Fact]
    public void R21_received_inbound_referrals_open_windows_that_fall_due_in_deadline_order()
    {
        var windows = new ResponseDeadlines();
        Assert.True(windows.Track(Summary("late", Substatus.Received, Now.AddDays(14))));
        Assert.True(windows.Track(Summary("early", Substatus.Received, Now.AddDays(1))));
        Assert.False(windows.Track(Summary("outbound", Substatus.Received, Now, ReferralDirection.Outgoing)));
        Assert.False(windows.Track(Summary("no deadline", Substatus.Received, null)));

        Assert.Equal(2, windows.Count);
        Assert.Equal(Now.AddDays(1), windows.Next);
        Assert.Empty(windows.Due(Now));
        Assert.Equal(["early"], windows.Due(Now.AddDays(1)));
        Assert.Equal(["early", "late"], windows.Due(Now.AddDays(15)));
    }

    [Fact]
    public void R19_R21_an_answered_referral_closes_its_window_and_a_repeat_changes_nothing()
    {
        var windows = new ResponseDeadlines();
        windows.Track(Summary("r", Substatus.Received, Now.AddDays(14)));
        Assert.False(windows.Track(Summary("r", Substatus.Received, Now.AddDays(14))));

        Assert.True(windows.Track(Summary("r", Substatus.Accepted, Now.AddDays(14))));
        Assert.Null(windows.Next);
        Assert.Empty(windows.Due(Now.AddDays(30)));
        Assert.False(windows.Track(Summary("r", Substatus.Accepted, Now.AddDays(14))));
    }

    [Fact]
    public void R22_a_moved_deadline_replaces_the_old_one_and_close_forgets_a_window()
    {
        var windows = new ResponseDeadlines();
        windows.Track(Summary("r", Substatus.Received, Now.AddDays(14)));
        Assert.True(windows.Track(Summary("r", Substatus.Received, Now.AddDays(2))));
        Assert.Equal(1, windows.Count);
        Assert.Equal(["r"], windows.Due(Now.AddDays(2)));

        windows.Close("r");
        windows.Close("unknown");
        Assert.Equal(0, windows.Count);
        Assert.Null(windows.Next);
    }
}
