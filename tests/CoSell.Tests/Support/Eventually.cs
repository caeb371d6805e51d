namespace CoSell.Tests.Support;

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
}
