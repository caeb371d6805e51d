namespace CoSell.Grains.Hosting;

/// <summary>
/// A read from another grain, retried when the cluster bounced it. While a silo stops or joins, a call can meet a
/// target silo that has just left ("target silo became unavailable", "silo stopping"); asked again a moment later,
/// the grain is reached where it now lives. Only reads go through here: they are safe to repeat, and a referral's
/// answer after a committed change must not turn into an error because a read for the answer was bounced.
/// </summary>
public static class ClusterReads
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1)];

    /// <summary>An idempotent call with no answer (a desk's recovery reminder set), retried as a read is.</summary>
    public static Task Run(Func<Task> call) => Read(async () =>
    {
        await call();
        return true;
    });

    public static async Task<T> Read<T>(Func<Task<T>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception error) when (attempt < Delays.Length && ClusterFailures.WasBounced(error))
            {
                await Task.Delay(Delays[attempt]);
            }
        }
    }
}
