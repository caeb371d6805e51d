using CoSell.Portal.Components.Referrals;

namespace CoSell.Portal.Tests.Components;

/// <summary>A view and its filters become the desk's one list query (R32, R33).</summary>
public sealed class ViewFilterTests
{
    [Theory]
    [InlineData(ReferralView.Inbound, ReferralDirection.Incoming, false)]
    [InlineData(ReferralView.Outbound, ReferralDirection.Outgoing, false)]
    [InlineData(ReferralView.Favorites, null, true)]
    public void Each_tab_asks_for_its_direction_or_the_hearts_R32(ReferralView view, ReferralDirection? direction, bool favorites)
    {
        var query = new ViewFilter().ToQuery(view, 25, "token-2");
        Assert.Equal(direction, query.Direction);
        Assert.Equal(favorites, query.Favorites);
        Assert.Equal(25, query.Top);
        Assert.Equal("token-2", query.ContinuationToken);
    }

    [Theory]
    [InlineData("Co", null)]
    [InlineData("  Co  ", null)]
    [InlineData("Con", "Con")]
    [InlineData(" Contoso ", "Contoso")]
    public void A_customer_name_filters_from_three_letters_on_R33(string typed, string? sent) =>
        Assert.Equal(sent, new ViewFilter { CustomerName = typed }.ToQuery(ReferralView.Inbound, 25, null).CustomerName);

    [Fact]
    public void Filters_pass_through_and_a_day_counts_from_its_start_in_UTC_R33()
    {
        var query = new ViewFilter
        {
            Status = ReferralStatus.Active,
            Substatus = Substatus.Accepted,
            DealType = DealType.CoSell,
            SalesStage = SalesStage.Qualified,
            UpdatedSince = new DateOnly(2026, 11, 20),
        }.ToQuery(ReferralView.Outbound, 10, null);

        Assert.Equal((ReferralStatus.Active, Substatus.Accepted, DealType.CoSell, SalesStage.Qualified), (query.Status!.Value, query.Substatus!.Value, query.DealType!.Value, query.SalesStage!.Value));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), query.UpdatedSince);
    }

    [Fact]
    public void An_empty_filter_is_empty_and_any_value_makes_it_not()
    {
        Assert.True(new ViewFilter().IsEmpty);
        Assert.False(new ViewFilter { SalesStage = SalesStage.Won }.IsEmpty);
    }
}
