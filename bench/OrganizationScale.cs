using System.Diagnostics;
using System.Globalization;
using CoSell.Grains.Domain;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Bench;

/// <summary>
/// How one organization's cost grows with its history: one partner's partition is filled with
/// received referrals, closed (declined), written as the desk writes a delivery (<see cref="ReferralRows.Inserts"/>,
/// cloned from one real route), in steps. At each step the desk is deactivated and then measured: a cold call
/// (activation), the first page of its inbound view, and the heap its activation holds. None of them should grow
/// with the closed history.
/// </summary>
public static class OrganizationScale
{
    private const int Samples = 7;

    /// <summary>Cold calls and first pages before the first step, so that its figures are not the JIT's.</summary>
    private const int Warmup = 30;

    public static IReadOnlyList<long> Steps(string storage, string size) => (storage, size) switch
    {
        (_, "tiny") => [200, 400],
        ("memory", _) => [10_000, 100_000, 1_000_000],
        (_, "large") => [10_000, 100_000],

        // The emulator's writes slow with everything it holds (bench/README.md): 100k takes hours on Azurite.
        _ => [2_000, 10_000],
    };

    public static async Task<List<OrganizationStep>> RunAsync(string storage, string size, BenchCluster cluster, TextWriter progress)
    {
        var organization = BenchCluster.PartnerId(0);
        var admin = BenchCluster.Admin(organization);
        var route = await cluster.Client.CreateReferral(BenchCluster.Admin(BenchCluster.PartnerId(1)), Requests.Route("organization scale", [organization]));
        var store = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IPartitionStore>();
        var rows = new ReferralRows(store, new ReferralOwner(organization, null, $"{route.Id}-{organization}"));
        await rows.LoadAsync();
        var template = StoredJson.Serialize(rows.State);
        var newest = rows.State.UpdatedAt;

        var steps = new List<OrganizationStep>();
        long held = 1;
        await Seed(store, rows.PartitionKey, template, newest, held, ReferralQuery.MaxTop, TextWriter.Null);
        held = ReferralQuery.MaxTop;
        for (var i = 0; i < (size == "tiny" ? 1 : Warmup); i++)
        {
            await Measure(cluster, organization, admin, ReferralQuery.MaxTop);
        }

        foreach (var target in Steps(storage, size))
        {
            var seed = Stopwatch.StartNew();
            await Seed(store, rows.PartitionKey, template, newest, held, target, progress);
            seed.Stop();
            held = target;

            // The seed's won and lost referrals left insight deltas, as their changes would have: the first read folds
            // that backlog (seeding's cost, not a portal load's); the samples then read insights as a portal does.
            var fold = Stopwatch.StartNew();
            var insights = await cluster.Client.GetInsights(admin);
            fold.Stop();
            if (insights.Won + insights.Lost < (target * 2 / 3) - 1)
            {
                throw new InvalidOperationException($"Insights of {organization} at {target} referrals count {insights.Won} won and {insights.Lost} lost.");
            }

            var activation = new List<double>();
            var page = new List<double>();
            var storagePage = new List<double>();
            var insightReads = new List<double>();
            double heap = 0;
            for (var sample = 0; sample < Samples; sample++)
            {
                var (cold, first, insightRead, heldBytes) = await Measure(cluster, organization, admin, target);
                activation.Add(cold);
                page.Add(first);
                insightReads.Add(insightRead);
                heap = Math.Max(heap, heldBytes);
                storagePage.Add(await StorageAlone(store, rows.PartitionKey));
            }

            steps.Add(new OrganizationStep(storage, target, seed.Elapsed.TotalSeconds, Median(activation), Median(page), heap, Median(storagePage), Median(insightReads), fold.Elapsed.TotalSeconds));
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {storage,-7} one organization, {target,9} referrals: activation {Median(activation) / 1000:0.0} ms, first page {Median(page) / 1000:0.0} ms (the storage alone {Median(storagePage) / 1000:0.0} ms), insights {Median(insightReads) / 1000:0.0} ms, desk heap {heap / 1024:0} KB (seeded in {seed.Elapsed.TotalSeconds:0} s, its insight backlog folded in {fold.Elapsed.TotalSeconds:0.0} s)"));
        }

        return steps;
    }

    /// <summary>One sample: deactivate everything, then a cold call to the desk, its first inbound page, its insights, and the heap they left.</summary>
    private static async Task<(double Activation, double FirstPage, double Insights, double Heap)> Measure(BenchCluster cluster, string organization, Actor admin, long held)
    {
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cold = Stopwatch.StartNew();
        await cluster.Grains.GetGrain<IPartnerGrain>(organization).GetResponsiveness();
        var activation = cold.Elapsed.TotalMicroseconds;

        var list = Stopwatch.StartNew();
        var first = await cluster.Client.ListReferrals(admin, new ReferralQuery { Direction = ReferralDirection.Incoming, Top = ReferralQuery.MaxTop });
        var page = list.Elapsed.TotalMicroseconds;
        if (first.Items.Count < Math.Min(ReferralQuery.MaxTop, held))
        {
            throw new InvalidOperationException($"The first inbound page of {organization} at {held} referrals held {first.Items.Count}.");
        }

        var insights = Stopwatch.StartNew();
        await cluster.Client.GetInsights(admin);
        var insightRead = insights.Elapsed.TotalMicroseconds;
        return (activation, page, insightRead, GC.GetTotalMemory(forceFullCollection: true) - before);
    }

    /// <summary>
    /// The storage's own part of a first page: one read of the newest 200 view rows, straight from the partition store
    /// with no grain in between, as the desk's first read of a page is. What this grows by, no layer above it can avoid.
    /// </summary>
    private static async Task<double> StorageAlone(IPartitionStore store, string partition)
    {
        var read = Stopwatch.StartNew();
        await store.QueryAsync(partition, RowKeys.Views.From, RowKeys.Views.To, 200);
        return read.Elapsed.TotalMicroseconds;
    }

    /// <summary>Referrals <paramref name="from"/> to <paramref name="to"/>, each older than the last, in batches of 33 (at most 99 rows: state, view, insight delta).</summary>
    private static async Task Seed(IPartitionStore store, string partition, string template, DateTimeOffset newest, long from, long to, TextWriter progress)
    {
        const int PerBatch = IPartitionStore.MaxBatch / 3;
        long next = from;
        long written = 0;
        var report = Stopwatch.StartNew();
        async Task Writer()
        {
            while (true)
            {
                var start = Interlocked.Add(ref next, PerBatch) - PerBatch;
                if (start >= to)
                {
                    return;
                }

                var writes = new List<RowWrite>(IPartitionStore.MaxBatch);
                var end = Math.Min(start + PerBatch, to);
                for (var i = start; i < end; i++)
                {
                    writes.AddRange(ReferralRows.Inserts(Closed(template, i, newest)));
                }

                await store.SubmitAsync(partition, writes);
                if (Interlocked.Add(ref written, end - start) % 50_000 < PerBatch && report.Elapsed > TimeSpan.FromSeconds(5))
                {
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    seeded {from + Interlocked.Read(ref written)} of {to}"));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Writer)));
    }

    /// <summary>
    /// The template referral as the <paramref name="n"/>-th older one, closed: a third each won, lost and declined (the
    /// first two count in insights); no window, only history.
    /// </summary>
    private static ReferralState Closed(string template, long n, DateTimeOffset newest)
    {
        var state = StoredJson.Deserialize<ReferralState>(template);
        state.Id = string.Create(CultureInfo.InvariantCulture, $"seed-{n:D7}-{state.OrganizationId}");
        state.Substatus = (n % 3) switch { 0 => Substatus.Won, 1 => Substatus.Lost, _ => Substatus.Declined };
        state.SalesStage = state.Substatus == Substatus.Won ? SalesStage.Won : state.SalesStage;
        state.StatusReason = "Other";
        state.ExpirationDateTime = null;
        state.UpdatedAt = newest.AddMinutes(-n);
        state.CreatedAt = state.UpdatedAt.AddDays(-1);
        return state;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
