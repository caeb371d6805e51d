namespace CoSell.Grains.Domain;

/// <summary>
/// A desk's open response windows (R21 inbound response, R22 seller decision), ordered by deadline: every inbound
/// referral of the desk that is still Received, with its expiration time. Fed from the desk's view summaries, so it
/// needs no storage of its own; a window closes when its referral's summary is no longer Received.
/// One reminder per desk walks it (<c>Desks.ReferralDeskGrain</c>), instead of one reminder per referral.
/// </summary>
public sealed class ResponseDeadlines
{
    private readonly SortedSet<(DateTimeOffset Deadline, string Id)> _byDeadline = new(Comparer<(DateTimeOffset Deadline, string Id)>.Create(
        (a, b) => a.Deadline != b.Deadline ? a.Deadline.CompareTo(b.Deadline) : string.CompareOrdinal(a.Id, b.Id)));

    private readonly Dictionary<string, DateTimeOffset> _deadlineOf = new(StringComparer.Ordinal);

    public int Count => _deadlineOf.Count;

    /// <summary>The earliest open deadline, or null when no window is open.</summary>
    public DateTimeOffset? Next => _byDeadline.Count == 0 ? null : _byDeadline.Min.Deadline;

    /// <summary>Open, move or close the window of the summary's referral. Returns true when the set changed.</summary>
    public bool Track(ReferralSummary summary)
    {
        var open = summary.Direction == ReferralDirection.Incoming && summary.Substatus == Substatus.Received && summary.ExpirationDateTime is not null;
        var had = _deadlineOf.TryGetValue(summary.Id, out var current);
        if (open && had && current == summary.ExpirationDateTime)
        {
            return false;
        }

        if (had)
        {
            _byDeadline.Remove((current, summary.Id));
            _deadlineOf.Remove(summary.Id);
        }

        if (open)
        {
            _byDeadline.Add((summary.ExpirationDateTime!.Value, summary.Id));
            _deadlineOf[summary.Id] = summary.ExpirationDateTime.Value;
        }

        return open || had;
    }

    /// <summary>Close a referral's window whatever its summary says (the referral does not exist).</summary>
    public void Close(string referralId)
    {
        if (_deadlineOf.Remove(referralId, out var deadline))
        {
            _byDeadline.Remove((deadline, referralId));
        }
    }

    /// <summary>The referrals whose window ended at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<string> Due(DateTimeOffset now) =>
        [.. _byDeadline.TakeWhile(w => w.Deadline <= now).Select(w => w.Id)];
}
