using System.Globalization;

namespace CoSell.Grains.Domain;

/// <summary>
/// Warnings before a response window closes (R18, R21, R22): the party that must answer a Received referral is told
/// at each configured offset before its deadline (<c>CoSell:Windows:Warnings</c>, 3 days and 1 day by default). The
/// referral records the smallest offset it warned at, so each warning is given once; when several fall due together
/// (a silo was down across one), one warning is given, for the smallest. A warning is a change: a new version (ETag),
/// a history entry, a <c>referral-expiring</c> event and a notification to the recipients of the invitation.
/// </summary>
public static class ResponseWarnings
{
    /// <summary>The history action of a warning; the publisher announces its version as <c>referral-expiring</c>.</summary>
    public const string Action = "warned";

    /// <summary>
    /// The warning due now for a window opened at <paramref name="opened"/> and closing at <paramref name="deadline"/>:
    /// the smallest offset whose time has come, if it is smaller than the one already warned at; null when none is due
    /// (or the window has closed). An offset as long as the window or longer does not apply to it (a 2-day window is not
    /// warned "3 days before" the moment it opens).
    /// </summary>
    public static TimeSpan? Due(DateTimeOffset opened, DateTimeOffset deadline, DateTimeOffset now, IReadOnlyList<TimeSpan> offsets, TimeSpan? warnedBefore)
    {
        if (now >= deadline)
        {
            return null;
        }

        TimeSpan? due = null;
        foreach (var offset in offsets.Where(o => o < deadline - opened))
        {
            if (now >= deadline - offset && (warnedBefore is null || offset < warnedBefore) && (due is null || offset < due))
            {
                due = offset;
            }
        }

        return due;
    }

    /// <summary>A Received referral whose party was warned: what lists and pages mark "respond soon".</summary>
    public static bool IsClosingSoon(ReferralState state) => state.Substatus == Substatus.Received && state.WarnedBefore is not null;

    /// <summary>When the warning at <paramref name="offset"/> falls due for a window closing at <paramref name="deadline"/>.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset deadline, TimeSpan offset) => deadline - offset;

    /// <summary>When a window first needs attention: its first warning that applies, or its deadline.</summary>
    public static DateTimeOffset FirstDueAt(DateTimeOffset opened, DateTimeOffset deadline, IReadOnlyList<TimeSpan> offsets) =>
        offsets.Where(o => o < deadline - opened).Select(o => DueAt(deadline, o)).DefaultIfEmpty(deadline).Min();

    /// <summary>
    /// Give the warning due now, if any: the referral must still wait for its own answer (inbound, Received). Returns
    /// false, changing nothing, otherwise — so a late, repeated or racing tick is harmless.
    /// </summary>
    public static bool Warn(ReferralState state, DateTimeOffset now, IReadOnlyList<TimeSpan> offsets)
    {
        if (!state.Exists || state.Direction != ReferralDirection.Incoming || state.Substatus != Substatus.Received
            || state.ExpirationDateTime is not { } deadline || Due(state.CreatedAt, deadline, now, offsets, state.WarnedBefore) is not { } offset)
        {
            return false;
        }

        state.WarnedBefore = offset;
        var left = Describe(deadline - now);
        state.Record(null, Action, $"{left} left to respond, by {deadline:u}.", now);
        state.Notify(NotificationKind.ReferralExpiring, state.OrganizationId, state.SellerId, state.Id, state.ReceiverNotifyEmails,
            state.IsMicrosoftSide
                ? $"The co-sell request '{state.Name}' lapses in {left}: engage or decline by {deadline:u}."
                : $"'{state.Name}' expires in {left}: accept or decline by {deadline:u}.",
            now);
        return true;
    }

    /// <summary>"3 days", "1 day", "5 hours", "40 minutes": the time left in its largest unit, rounded (a tick a minute late still says "3 days").</summary>
    public static string Describe(TimeSpan left) => left switch
    {
        { TotalDays: >= 1 } => Plural((int)Math.Round(left.TotalDays, MidpointRounding.AwayFromZero), "day"),
        { TotalHours: >= 1 } => Plural((int)Math.Round(left.TotalHours, MidpointRounding.AwayFromZero), "hour"),
        _ => Plural(Math.Max(1, (int)Math.Ceiling(left.TotalMinutes)), "minute"),
    };

    /// <summary>Parses <c>CoSell:Windows:Warnings</c>: offsets as TimeSpans separated by commas ("3.00:00:00,1.00:00:00"); empty for none.</summary>
    public static IReadOnlyList<TimeSpan> ParseOffsets(string? setting)
    {
        var offsets = new List<TimeSpan>();
        foreach (var part in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TimeSpan.TryParse(part, CultureInfo.InvariantCulture, out var offset) || offset <= TimeSpan.Zero)
            {
                throw new FormatException($"'{part}' is not a positive TimeSpan such as 1.00:00:00.");
            }

            offsets.Add(offset);
        }

        return [.. offsets.Distinct().OrderDescending()];
    }

    private static string Plural(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
