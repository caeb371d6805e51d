using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Bench;

/// <summary>
/// How cost grows with volume: routes referrals into the cluster in steps (every window left open, so every
/// received referral is a pending response window) and, at each step, measures the routing rate of the last
/// batch, the heap held per referral, writes and reminder operations per route, the reminder rows stored, and
/// how long the first page of a big inbound view takes.
/// </summary>
public static class ScaleSeries
{
    /// <summary>Referral counts to stop at, per storage; each route adds 4 referrals (1 outbound, 3 received).</summary>
    public static IReadOnlyList<long> Steps(string storage, string size) => (storage, size) switch
    {
        (_, "tiny") => [200, 400],
        ("memory", "large") => [10_000, 100_000, 300_000, 1_000_000],
        ("memory", _) => [10_000, 30_000, 100_000],
        ("azurite", "large") => [10_000, 40_000, 133_334],
        _ => [4_000, 20_000],
    };

    public static async Task<List<ScaleStep>> RunAsync(string storage, string size, BenchCluster cluster, StorageCounters counters, TextWriter progress)
    {
        var steps = new List<ScaleStep>();
        long routes = 0;

        // Warm up (JIT tiering) with a few hundred routes, then an idle gap for the background compiler; they count
        // toward the first step's referrals. Without it the first step's rate measured mostly unoptimised code.
        var warmup = size == "tiny" ? 0 : 250;
        if (warmup > 0)
        {
            await Workload.RunAsync(storage, "warmup", warmup, 64, counters, i => Route(cluster, (int)i), TextWriter.Null);
            routes = warmup;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var target in Steps(storage, size))
        {
            var batch = (target / 4) - routes;
            if (batch <= 0)
            {
                continue;
            }

            var first = routes;
            var result = await Workload.RunAsync(storage, $"scale {target / 1000}k", batch, 64, counters, i => Route(cluster, (int)(first + i)), progress);
            routes += batch;

            var heap = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            var list = Stopwatch.StartNew();
            await cluster.Client.ListReferrals(BenchCluster.Admin(BenchCluster.PartnerId(0)), new ReferralQuery { Direction = ReferralDirection.Incoming, Top = ReferralQuery.MaxTop });
            list.Stop();
            steps.Add(new ScaleStep(
                storage, routes * 4, routes * 3, result.OperationsPerSecond, result.P99Microseconds, (double)heap / (routes * 4),
                result.StorageWritesPerOperation, result.ReminderOperationsPerOperation,
                await ReminderRows(cluster), list.Elapsed.TotalMicroseconds));
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {storage,-7} {routes * 4,9} referrals: {result.OperationsPerSecond:0.0} routes/s, {(double)heap / (routes * 4) / 1024:0.0} KB heap per referral, {steps[^1].ReminderRows} reminder rows"));
        }

        return steps;
    }

    private static Task<Referral> Route(BenchCluster cluster, int n) =>
        cluster.Client.CreateReferral(BenchCluster.Admin(BenchCluster.PartnerId(n)),
            Requests.Route($"scale {n}", [BenchCluster.PartnerId(n + 1), BenchCluster.PartnerId(n + 2), BenchCluster.PartnerId(n + 3)]));

    /// <summary>Reminder rows stored, read through the silo's own reminder table (Azure Table or in-memory).</summary>
    private static async Task<long> ReminderRows(BenchCluster cluster)
    {
        var table = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        return (await table.ReadRows(0, 0)).Reminders.Count;
    }
}
