namespace CoSell.Testing;

/// <summary>Waits for something the cluster does asynchronously (a reminder tick after the fake clock moved), polling briefly; fails with the last observation.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> observe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        while (true)
        {
            last = await observe();
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; last saw: {last}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// <see cref="Until"/> for a reminder tick after the clock jumped past its due time, with time moving on as it
    /// does in production: a reminder whose wait is armed only after the jump fires at its next one-minute tick, so
    /// the fake clock advances by a minute every second of waiting (20 minutes at most).
    /// </summary>
    public static Task<T> Ticking<T>(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, Func<Task<T>> observe, Func<T, bool> done, string what)
    {
        var polls = 0;
        return Until(
            async () =>
            {
                if (++polls % 20 == 0)
                {
                    clock.Advance(TimeSpan.FromMinutes(1));
                }

                return await observe();
            },
            done, what);
    }
}
