using CoSell.Portal.Components.Shared;

namespace CoSell.Portal.Tests.Components;

/// <summary>How values read on screen.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData(MicrosoftStatus.None, "Not invited")]
    [InlineData(MicrosoftStatus.Engaged, "Engaged")]
    [InlineData(MicrosoftStatus.Lapsed, "Lapsed")]
    public void The_Microsoft_card_says_when_Microsoft_was_never_asked_R28(MicrosoftStatus status, string shown) =>
        Assert.Equal(shown, Labels.Of(status));

    [Theory]
    [InlineData(DealType.PartnerToPartner, "Partner to partner")]
    [InlineData(DealType.CoSell, "Co-sell")]
    [InlineData(DealType.SolutionAssessment, "Solution assessment")]
    public void Enum_names_read_as_words(DealType type, string shown) => Assert.Equal(shown, Labels.Of(type));

    [Fact]
    public void Time_left_to_answer_counts_down_to_a_closed_window_R18()
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal("3 d 4 h left", Labels.TimeLeft(now.AddDays(3).AddHours(4), now));
        Assert.Equal("5 h 10 min left", Labels.TimeLeft(now.AddHours(5).AddMinutes(10), now));
        Assert.Equal("1 min left", Labels.TimeLeft(now.AddSeconds(20), now));
        Assert.Equal("window closed", Labels.TimeLeft(now, now));
    }
}
