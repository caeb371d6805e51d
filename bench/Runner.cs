using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace CoSell.Bench;

/// <summary>Runs every workload on each storage and reports them against the ceiling measured in the same run.</summary>
public static class Runner
{
    public static async Task<BenchReport> RunAsync(BenchSize size, IReadOnlyList<string> storages, string repositoryRoot, TextWriter progress, bool scale = false, ScaleSeriesChoice series = ScaleSeriesChoice.Both)
    {
        // The client, the silo and the load loops share one thread pool; start it wide enough that the first
        // storage measured is not slowed by the pool's slow ramp-up (it is otherwise, by about 4×).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 8 * Environment.ProcessorCount), io);
        var results = new List<WorkloadResult>();
        var memory = new Dictionary<string, double>();
        var scaleSteps = new List<ScaleStep>();
        var organization = new List<OrganizationStep>();
        var counters = new StorageCounters();
        foreach (var storage in storages)
        {
            async Task<AzuriteProcess?> Tables() => storage == "azurite" ? await AzuriteProcess.StartAsync(repositoryRoot) : null;
            progress.WriteLine($"{storage}: starting a silo");
            if (scale)
            {
                // A fresh cluster and a fresh emulator per series, holding nothing but what the series puts into them:
                // the emulator answers a range query by scanning its whole table.
                if (series is ScaleSeriesChoice.Both or ScaleSeriesChoice.Routing)
                {
                    using var routingTables = await Tables();
                    await using var routing = await BenchCluster.StartAsync(routingTables?.ConnectionString);
                    scaleSteps.AddRange(await ScaleSeries.RunAsync(storage, size.Name, routing, counters, progress));
                }

                if (series is ScaleSeriesChoice.Both or ScaleSeriesChoice.Organization)
                {
                    using var ownerTables = await Tables();
                    await using var owner = await BenchCluster.StartAsync(ownerTables?.ConnectionString);
                    organization.AddRange(await OrganizationScale.RunAsync(storage, size.Name, owner, progress));
                }

                continue;
            }

            using var azurite = await Tables();
            await using var cluster = await BenchCluster.StartAsync(azurite?.ConnectionString);

            var (own, perGrain) = await RunWorkloads(storage, size, cluster, counters, progress, azurite?.ConnectionString);
            results.AddRange(own);
            memory[storage] = perGrain;
        }

        return new BenchReport(size.Name, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}", DateTimeOffset.UtcNow, results, memory, scaleSteps, organization);
    }

    private static async Task<(List<WorkloadResult> Results, double MemoryPerGrain)> RunWorkloads(
        string storage, BenchSize size, BenchCluster cluster, StorageCounters counters, TextWriter progress, string? connectionString)
    {
        var c = size.Concurrency;
        var results = new List<WorkloadResult>();

        // Warm up for a few seconds (JIT tiering, connections, activations) so the ceiling is the steady state. Bursts
        // with idle gaps: under continuous load on 2 cores the runtime's background tier-1 compiler starves, and the
        // first cluster of a run then measured its ceiling on unoptimised code (2-3x below the second cluster's).
        var warmup = System.Diagnostics.Stopwatch.StartNew();
        while (warmup.Elapsed < WarmupTime(size))
        {
            await Workload.RunAsync(storage, "warmup", size.CeilingCalls / 20, c, counters,
                i => cluster.Grains.GetGrain<IBenchPingGrain>(i % c).Ping(), TextWriter.Null);
            await Task.Delay(WarmupTime(size) / 8);
        }

        var ceiling = await Workload.RunAsync(storage, "ceiling", size.CeilingCalls, c, counters,
            i => cluster.Grains.GetGrain<IBenchPingGrain>(i % c).Ping(), progress);
        results.Add(ceiling);
        results.AddRange(await StorageCeiling.RunAsync(storage, size, connectionString, counters, progress));

        // route: P2P with 3 partner invitations, senders spread over the ecosystem. A tenth as many first, unmeasured,
        // so that JIT tiering and the first activations of each grain type are not in the figures.
        await Workload.RunAsync(storage, "warmup", size.Routes / 10, c, counters, i =>
            cluster.Client.CreateReferral(BenchCluster.Admin(BenchCluster.PartnerId((int)i)), Requests.Route($"warmup {i}",
                [BenchCluster.PartnerId((int)i + 1), BenchCluster.PartnerId((int)i + 2), BenchCluster.PartnerId((int)i + 3)])), TextWriter.Null);
        await Task.Delay(WarmupTime(size) / 2);
        var routed = new ConcurrentDictionary<long, (string Id, string[] Invitees)>();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var callsBefore = GrainCallCounter.Snapshot();
        var rowsBefore = CountingPartitionStore.RowsByKindSnapshot();
        results.Add(await Workload.RunAsync(storage, "route", size.Routes, c, counters, async i =>
        {
            var sender = BenchCluster.PartnerId((int)i);
            string[] invitees = [BenchCluster.PartnerId((int)i + 1), BenchCluster.PartnerId((int)i + 2), BenchCluster.PartnerId((int)i + 3)];
            var referral = await cluster.Client.CreateReferral(BenchCluster.Admin(sender), Requests.Route($"route {i}", invitees));
            routed[i] = (referral.Id, invitees);
        }, progress));
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        PrintBreakdown(storage, "route", "grain calls per operation", size.Routes, callsBefore, GrainCallCounter.Snapshot(), progress);
        PrintBreakdown(storage, "route", "rows written per operation", size.Routes, rowsBefore, CountingPartitionStore.RowsByKindSnapshot(), progress);
        var memoryPerGrain = (double)(heapAfter - heapBefore) / (size.Routes * 4);

        // respond: every received referral accepted or declined (its reminder unregistered).
        results.Add(await Workload.RunAsync(storage, "respond", size.Routes * 3L, c, counters, async i =>
        {
            var (id, invitees) = routed[i / 3];
            var invitee = invitees[i % 3];
            var actor = BenchCluster.Admin(invitee);
            if (i % 2 == 0)
            {
                await cluster.Client.Accept(actor, $"{id}-{invitee}");
            }
            else
            {
                await cluster.Client.Decline(actor, $"{id}-{invitee}", new DeclineReferralRequest(DeclineReason.NotMyExpertise));
            }
        }, progress));

        // lifecycle: create → accept → 4 stage updates → won.
        results.Add(await Workload.RunAsync(storage, "lifecycle", size.Lifecycles, c, counters, async i =>
        {
            var sender = BenchCluster.PartnerId((int)i);
            var invitee = BenchCluster.PartnerId((int)i + 5);
            var referral = await cluster.Client.CreateReferral(BenchCluster.Admin(sender), Requests.Route($"lifecycle {i}", [invitee]));
            var actor = BenchCluster.Admin(invitee);
            var id = $"{referral.Id}-{invitee}";
            await cluster.Client.Accept(actor, id);
            foreach (var stage in new[] { SalesStage.Qualified, SalesStage.Developed, SalesStage.Proposed, SalesStage.Negotiating })
            {
                await cluster.Client.Update(actor, id, new UpdateReferralRequest { SalesStage = stage });
            }

            await cluster.Client.Close(actor, id, new CloseReferralRequest(CloseOutcome.Won));
        }, progress));

        // views: fill one partner's inbox, then page through it. Also route into that big inbox, to see whether
        // a delivery's cost grows with the inbox it lands in.
        var viewer = BenchCluster.PartnerId(BenchCluster.Partners - 1);
        progress.WriteLine($"  {storage,-7} filling an inbox of {size.InboxSize}");
        await Workload.RunAsync(storage, "fill", size.InboxSize, c, counters, i =>
            cluster.Client.CreateReferral(BenchCluster.Admin(BenchCluster.PartnerId((int)(i % (BenchCluster.Partners - 1)))), Requests.Route($"view {i}", [viewer])), TextWriter.Null);

        results.Add(await Workload.RunAsync(storage, "route-big", Math.Max(size.Routes / 4, 6), c, counters, i =>
            cluster.Client.CreateReferral(BenchCluster.Admin(BenchCluster.PartnerId((int)(i % (BenchCluster.Partners - 4)))),
                Requests.Route($"big {i}", [viewer, BenchCluster.PartnerId((int)(i % (BenchCluster.Partners - 4)) + 1), BenchCluster.PartnerId((int)(i % (BenchCluster.Partners - 4)) + 2)])), progress));

        var viewerActor = BenchCluster.Admin(viewer);
        var pages = (size.InboxSize + ReferralQuery.MaxTop - 1) / ReferralQuery.MaxTop;
        string? token = null;
        results.Add(await Workload.RunAsync(storage, "views", pages, 1, counters, async _ =>
        {
            var page = await cluster.Client.ListReferrals(viewerActor, new ReferralQuery { Direction = ReferralDirection.Incoming, Top = ReferralQuery.MaxTop, ContinuationToken = token });
            token = page.ContinuationToken;
        }, progress));

        results.AddRange(await BulkWorkloads.RunAsync(storage, size, cluster, counters, progress));

        var ceilingRate = ceiling.OperationsPerSecond;
        return ([.. results.Select(r => r with { RatioToCeiling = r.OperationsPerSecond / ceilingRate })], memoryPerGrain);
    }

    /// <summary>A counter's growth over one workload (grain calls by method, rows by kind), per operation, largest first (to stderr).</summary>
    private static void PrintBreakdown(string storage, string workload, string what, long operations, IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, TextWriter progress)
    {
        progress.WriteLine($"  {storage,-7} {workload}: {what}");
        foreach (var (method, count) in after.Select(kv => (kv.Key, kv.Value - before.GetValueOrDefault(kv.Key))).Where(m => m.Item2 > 0).OrderByDescending(m => m.Item2))
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {(double)count / operations,7:0.00}  {method}"));
        }
    }

    private static TimeSpan WarmupTime(BenchSize size) => size == BenchSize.Tiny ? TimeSpan.Zero : TimeSpan.FromSeconds(4);

    public static void PrintTable(BenchReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"CoSell.Orleans benchmark, size {report.Size}, {report.Machine}");
        if (report.Results.Count > 0)
        {
            output.WriteLine($"{"storage",-8} {"workload",-14} {"ops",8} {"ops/s",10} {"p50 µs",9} {"p99 µs",9} {"p99.9 µs",9} {"alloc/op",10} {"calls/op",8} {"writes/op",9} {"trips/op",8} {"rows/op",7} {"remind/op",9} {"×ceiling",9} {"cpu",5} {"errors",6}");
        }

        foreach (var r in report.Results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Storage,-8} {r.Workload,-14} {r.Operations,8} {r.OperationsPerSecond,10:0.0} {r.P50Microseconds,9:0} {r.P99Microseconds,9:0} {r.P999Microseconds,9:0} {r.AllocatedBytesPerOperation / 1024,8:0.0}KB {r.GrainCallsPerOperation,8:0.0} {r.StorageWritesPerOperation,9:0.00} {r.StorageRoundTripsPerOperation,8:0.00} {r.StorageEntitiesPerOperation,7:0.00} {r.ReminderOperationsPerOperation,9:0.00} {r.RatioToCeiling * 100,8:0.00}% {r.CpuUtilisation * 100,4:0}% {r.Errors,6}"));
        }

        foreach (var storage in report.Results.Select(r => r.Storage).Distinct())
        {
            // The route's yardstick: a route is 4 batches at the floor, so its ceiling is the storage's batch rate ÷ 4.
            var route = report.Results.FirstOrDefault(r => r.Storage == storage && r.Workload == "route");
            var batches = report.Results.FirstOrDefault(r => r.Storage == storage && r.Workload == "storage-batch");
            if (route is not null && batches is not null)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{storage}: route at {route.OperationsPerSecond / (batches.OperationsPerSecond / 4) * 100:0.0}% of the storage's batch ceiling ÷ 4 ({batches.OperationsPerSecond:0} batches/s)"));
            }
        }

        foreach (var (storage, bytes) in report.MemoryPerReferralGrainBytes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{storage}: heap growth per activated referral grain ≈ {bytes / 1024:0.0} KB"));
        }

        if (report.Scale is { Count: > 0 } scale)
        {
            output.WriteLine($"{"storage",-8} {"referrals",10} {"pending",9} {"routes/s",9} {"p99 µs",9} {"heap/ref",9} {"writes/rt",9} {"remind/rt",9} {"rem.rows",8} {"list µs",8}");
            foreach (var s in scale)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Storage,-8} {s.Referrals,10} {s.PendingWindows,9} {s.RoutesPerSecond,9:0.0} {s.P99Microseconds,9:0} {s.HeapBytesPerReferral / 1024,7:0.0}KB {s.StorageWritesPerRoute,9:0.00} {s.ReminderOperationsPerRoute,9:0.00} {s.ReminderRows,8} {s.ListFirstPageMicroseconds,8:0}"));
            }
        }

        if (report.Organization is { Count: > 0 } owner)
        {
            output.WriteLine($"one organization: {"storage",-8} {"referrals",10} {"activation µs",14} {"first page µs",14} {"storage alone µs",17} {"desk heap KB",13}");
            foreach (var s in owner)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"                  {s.Storage,-8} {s.Referrals,10} {s.ActivationMicroseconds,14:0} {s.FirstPageMicroseconds,14:0} {s.StorageFirstPageMicroseconds,17:0} {s.DeskHeapBytes / 1024,13:0.0}"));
            }

            foreach (var steps in owner.GroupBy(s => s.Storage))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{steps.Key}: largest over smallest, activation {Spread(steps.Select(s => s.ActivationMicroseconds)):0.00}×, first page {Spread(steps.Select(s => s.FirstPageMicroseconds)):0.00}× (goal ≤ 2×); the storage alone {Spread(steps.Select(s => s.StorageFirstPageMicroseconds)):0.00}×"));
            }
        }
    }

    private static double Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Max() / Math.Max(1, list.Min());
    }

    public static async Task WriteJson(BenchReport report, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    }
}
