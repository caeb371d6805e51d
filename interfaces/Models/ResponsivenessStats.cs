namespace CoSell;

/// <summary>How an organization answers inbound referrals (R37): counts, and the mean time to accept or decline.</summary>
[GenerateSerializer, Immutable]
public sealed record ResponsivenessStats(int Accepted, int Declined, int Expired, TimeSpan? AverageResponseTime)
{
    public static ResponsivenessStats None { get; } = new(0, 0, 0, null);

    public int Received => Accepted + Declined + Expired;
}
