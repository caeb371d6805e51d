namespace CoSell.Grains.Domain;

/// <summary>
/// Responsiveness (R37): counts each inbound referral once, when it is answered (accepted, declined) or expires,
/// with the time from receipt to answer.
/// </summary>
[GenerateSerializer]
public sealed class Responsiveness
{
    [Id(0)] public int Accepted { get; set; }
    [Id(1)] public int Declined { get; set; }
    [Id(2)] public int Expired { get; set; }
    [Id(3)] public long TotalResponseTicks { get; set; }

    /// <summary>Answers by whole hours taken (the last bucket holds everything from two weeks on), for the median.</summary>
    [Id(4)] public Dictionary<int, int> ResponseHours { get; set; } = [];

    /// <summary>The hour buckets kept: two weeks, an inbound referral's whole window (R18), and one for anything longer.</summary>
    public const int LastHour = 14 * 24;

    /// <summary>
    /// Count one answer: accepted or declined after <paramref name="responseTime"/>, or expired (no response time).
    /// The referral reports its answer once, when it leaves Received; anything else does not count.
    /// </summary>
    public bool Count(Substatus answer, TimeSpan responseTime)
    {
        switch (answer)
        {
            case Substatus.Accepted:
                Accepted++;
                break;
            case Substatus.Declined:
                Declined++;
                break;
            case Substatus.Expired:
                Expired++;
                return true;
            default:
                return false;
        }

        TotalResponseTicks += Math.Max(0, responseTime.Ticks);
        var hour = (int)Math.Clamp(responseTime.TotalHours, 0, LastHour);
        ResponseHours[hour] = ResponseHours.GetValueOrDefault(hour) + 1;
        return true;
    }

    /// <summary>
    /// The median time to answer, to the hour (the middle of the hour the middle answer fell in); null before the first
    /// answer, or when every answer was counted before hours were kept.
    /// </summary>
    public TimeSpan? MedianResponseTime()
    {
        var counted = ResponseHours.Values.Sum();
        if (counted == 0)
        {
            return null;
        }

        var seen = 0;
        foreach (var (hour, answers) in ResponseHours.OrderBy(h => h.Key))
        {
            seen += answers;
            if (seen * 2 >= counted)
            {
                return TimeSpan.FromHours(hour + 0.5);
            }
        }

        return TimeSpan.FromHours(LastHour + 0.5);
    }

    public ResponsivenessStats ToStats()
    {
        var responded = Accepted + Declined;
        return new ResponsivenessStats(Accepted, Declined, Expired, responded == 0 ? null : TimeSpan.FromTicks(TotalResponseTicks / responded));
    }

    /// <summary>
    /// Whether <paramref name="reported"/> figures are newer than <paramref name="stored"/> ones: every answer is
    /// counted once and counts only grow, so a report with no more answers than the stored figures is a late one.
    /// </summary>
    public static bool Supersedes(ResponsivenessStats reported, ResponsivenessStats? stored) =>
        stored is null || reported.Received > stored.Received;
}
