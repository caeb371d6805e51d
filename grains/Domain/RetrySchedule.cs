namespace CoSell.Grains.Domain;

/// <summary>Doubling retry delays, capped: first, 2×first, 4×first … max. Used by mail and webhook delivery.</summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        var delay = first * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 20));
        return delay > max ? max : delay;
    }
}
