using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Warnings before a response window closes (R18, R21, R22; issue 16, point 1).</summary>
public sealed class ResponseWarningTests
{
    private static readonly IReadOnlyList<TimeSpan> Offsets = [TimeSpan.FromDays(3), TimeSpan.FromDays(1)];

    private static readonly DateTimeOffset Deadline = Now.AddDays(14);

    [Fact]
    public void R18_R21_the_3_day_warning_falls_due_3_days_before_the_deadline_then_the_1_day_warning_then_none()
    {
        Assert.Null(ResponseWarnings.Due(Now, Deadline, Deadline.AddDays(-3).AddTicks(-1), Offsets, null));
        Assert.Equal(TimeSpan.FromDays(3), ResponseWarnings.Due(Now, Deadline, Deadline.AddDays(-3), Offsets, null));
        Assert.Null(ResponseWarnings.Due(Now, Deadline, Deadline.AddDays(-2), Offsets, TimeSpan.FromDays(3)));
        Assert.Equal(TimeSpan.FromDays(1), ResponseWarnings.Due(Now, Deadline, Deadline.AddDays(-1), Offsets, TimeSpan.FromDays(3)));
        Assert.Null(ResponseWarnings.Due(Now, Deadline, Deadline.AddHours(-1), Offsets, TimeSpan.FromDays(1)));
        Assert.Null(ResponseWarnings.Due(Now, Deadline, Deadline, Offsets, TimeSpan.FromDays(3)));
    }

    [Fact]
    public void R18_warnings_that_fall_due_together_give_one_for_the_smallest_offset()
    {
        Assert.Equal(TimeSpan.FromDays(1), ResponseWarnings.Due(Now, Deadline, Deadline.AddHours(-12), Offsets, null));
        Assert.Null(ResponseWarnings.Due(Now, Deadline, Deadline.AddHours(-12), [], null));
    }

    [Fact]
    public void R18_an_offset_as_long_as_the_window_or_longer_does_not_apply_to_it()
    {
        var opened = Deadline.AddDays(-2);
        Assert.Null(ResponseWarnings.Due(opened, Deadline, opened, Offsets, null));
        Assert.Equal(TimeSpan.FromDays(1), ResponseWarnings.Due(opened, Deadline, Deadline.AddDays(-1), Offsets, null));
        Assert.Equal(Deadline.AddDays(-1), ResponseWarnings.FirstDueAt(opened, Deadline, Offsets));
        Assert.Equal(Deadline.AddDays(-3), ResponseWarnings.FirstDueAt(Now, Deadline, Offsets));
        Assert.Equal(Deadline, ResponseWarnings.FirstDueAt(Deadline.AddMinutes(-2), Deadline, Offsets));
    }

    [Fact]
    public void R18_R21_a_warning_is_a_change_with_history_and_a_notification_to_the_invitations_recipients_given_once()
    {
        var state = Inbound();
        var version = state.Version;
        var at = Deadline.AddDays(-3).AddMinutes(1);

        Assert.True(ResponseWarnings.Warn(state, at, Offsets));
        Assert.Equal(version + 1, state.Version);
        Assert.Equal(TimeSpan.FromDays(3), state.WarnedBefore);
        var entry = state.History[^1];
        Assert.Equal(ResponseWarnings.Action, entry.Action);
        Assert.Equal("system", entry.UserId);
        Assert.Contains("3 days left", entry.Description, StringComparison.Ordinal);
        var notice = state.PendingNotifications[^1];
        Assert.Equal(NotificationKind.ReferralExpiring, notice.Kind);
        Assert.Equal(Actors.PartnerB, notice.RecipientOrganizationId);
        Assert.Equal(state.ReceiverNotifyEmails, notice.Recipients);
        Assert.Contains("admin@b.example", notice.Recipients);
        Assert.Contains("accept or decline", notice.Summary, StringComparison.Ordinal);

        var before = Fingerprint(state);
        Assert.False(ResponseWarnings.Warn(state, at.AddMinutes(1), Offsets));
        Assert.Equal(before, Fingerprint(state));
    }

    [Fact]
    public void R19_R21_an_answered_or_expired_referral_is_never_warned()
    {
        var accepted = Inbound();
        InboundResponse.Accept(accepted, Actors.AdminOf(Actors.PartnerB), new AcceptReferralRequest(), Now.AddDays(1));
        Assert.False(ResponseWarnings.Warn(accepted, Deadline.AddDays(-1), Offsets));

        var expired = Inbound();
        Assert.True(InboundResponse.Expire(expired, Deadline));
        Assert.False(ResponseWarnings.Warn(expired, Deadline.AddDays(-1), Offsets));

        var outbound = Outbound();
        Assert.False(ResponseWarnings.Warn(outbound, Deadline.AddDays(-1), Offsets));
    }

    [Fact]
    public void R22_a_seller_is_warned_before_the_decision_window_lapses()
    {
        var state = Inbound(Organizations.Microsoft);
        Assert.True(ResponseWarnings.Warn(state, state.ExpirationDateTime!.Value.AddHours(-20), Offsets));
        var notice = state.PendingNotifications[^1];
        Assert.Equal(Organizations.Microsoft, notice.RecipientOrganizationId);
        Assert.Equal(state.SellerId, notice.SellerId);
        Assert.Contains("lapses in 20 hours", notice.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.00:00:00,1.00:00:00", new[] { "3.00:00:00", "1.00:00:00" })]
    [InlineData(" 1.00:00:00 , 3.00:00:00,1.00:00:00", new[] { "3.00:00:00", "1.00:00:00" })]
    [InlineData("", new string[0])]
    [InlineData("12:00:00", new[] { "12:00:00" })]
    public void R18_warning_offsets_are_read_largest_first(string setting, string[] expected)
    {
        Assert.Equal(expected.Select(e => TimeSpan.Parse(e, System.Globalization.CultureInfo.InvariantCulture)), ResponseWarnings.ParseOffsets(setting));
    }

    [Theory]
    [InlineData("3 days")]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public void R18_R41_a_warning_offset_that_is_no_positive_TimeSpan_is_refused(string setting)
    {
        Assert.Throws<FormatException>(() => ResponseWarnings.ParseOffsets(setting));
    }

    [Theory]
    [InlineData(3 * 24 * 60, "3 days")]
    [InlineData((3 * 24 * 60) - 1, "3 days")]
    [InlineData(24 * 60 + 59, "1 day")]
    [InlineData(300, "5 hours")]
    [InlineData(61, "1 hour")]
    [InlineData(40, "40 minutes")]
    [InlineData(0, "1 minute")]
    public void R18_the_time_left_is_said_in_its_largest_unit(int minutes, string said)
    {
        Assert.Equal(said, ResponseWarnings.Describe(TimeSpan.FromMinutes(minutes)));
    }
}
