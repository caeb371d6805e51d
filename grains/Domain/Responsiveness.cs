namespace CoSell.Grains.Domain;

/// <summary>
/// Responsiveness (R37): counts each inbound referral once, when it is first seen answered (accepted,
/// declined) or expired, with the time from receipt to answer.
/// </summary>
[GenerateSerializer]
public sealed class Responsiveness
{
    [Id(0)] public int Accepted { get; set; }
    [Id(1)] public int Declined { get; set; }
    [Id(2)] public int Expired { get; set; }
    [Id(3)] public long TotalResponseTicks { get; set; }

    /// <summary>Record the move from <paramref name="previous"/> to <paramref name="next"/>; true when it counted.</summary>
    public bool Record(ReferralSummary? previous, ReferralSummary next)
    {
        if (next.Direction != ReferralDirection.Incoming || (previous is not null && previous.Substatus != Substatus.Received))
        {
            return false;
        }

        switch (next.Substatus)
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

        TotalResponseTicks += Math.Max(0, (next.UpdatedDateTime - next.CreatedDateTime).Ticks);
        return true;
    }

    public ResponsivenessStats ToStats()
    {
        var responded = Accepted + Declined;
        return new ResponsivenessStats(Accepted, Declined, Expired, responded == 0 ? null : TimeSpan.FromTicks(TotalResponseTicks / responded));
    }
}
