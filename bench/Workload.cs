using System.Diagnostics;
using HdrHistogram;

namespace CoSell.Bench;

/// <summary>
/// Runs an operation <c>count</c> times from <c>concurrency</c> loops and measures throughput, latency
/// percentiles (HdrHistogram), allocations, storage writes and reminder operations per operation.
/// </summary>
public static class Workload
{
    public static async Task<WorkloadResult> RunAsync(
        string storage, string name, long count, int concurrency, StorageCounters counters, Func<long, Task> operation, TextWriter progress)
    {
        var histogram = new LongConcurrentHistogram(1, TimeStamp.Minutes(5), 3);
        long next = -1;
        long done = 0;
        long errors = 0;
        var writesBefore = counters.Writes;
        var roundTripsBefore = counters.RoundTrips;
        var entitiesBefore = counters.EntitiesWritten;
        var remindersBefore = counters.ReminderOperations;
        var callsBefore = GrainCallCounter.Calls;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using var reporter = new Timer(_ => progress.Write($"\r  {storage,-7} {name,-14} {Interlocked.Read(ref done),8}/{count}"), null, 0, 500);

        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await operation(i);
                }
                catch (Exception ex) when (ex is CoSellException or TimeoutException or OrleansException)
                {
                    if (Interlocked.Increment(ref errors) == 1)
                    {
                        progress.WriteLine($"\n  {storage,-7} {name}: first error: {ex.GetType().Name}: {ex.Message}");
                    }

                }

                histogram.RecordValue(Math.Max(1, Stopwatch.GetTimestamp() - start));
                Interlocked.Increment(ref done);
            }
        }));
        await Task.WhenAll(loops);
        clock.Stop();
        await reporter.DisposeAsync();
        progress.WriteLine($"\r  {storage,-7} {name,-14} {count,8}/{count} in {clock.Elapsed.TotalSeconds:0.0} s");

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds / Environment.ProcessorCount;
        double Micros(double percentile) => histogram.GetValueAtPercentile(percentile) * 1_000_000.0 / Stopwatch.Frequency;
        return new WorkloadResult(
            storage, name, count, clock.Elapsed.TotalSeconds, count / clock.Elapsed.TotalSeconds,
            Micros(50), Micros(99), Micros(99.9),
            (double)allocated / count,
            (double)(counters.Writes - writesBefore) / count,
            (double)(counters.ReminderOperations - remindersBefore) / count,
            RatioToCeiling: 0,
            errors,
            (double)(GrainCallCounter.Calls - callsBefore) / count,
            cpu,
            (double)(counters.RoundTrips - roundTripsBefore) / count,
            (double)(counters.EntitiesWritten - entitiesBefore) / count);
    }
}
