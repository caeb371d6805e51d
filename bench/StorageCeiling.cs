using Azure.Data.Tables;
using CoSell.Grains.Storage;

namespace CoSell.Bench;

/// <summary>
/// The storage's own write ceiling, measured in the same run as the workloads it bounds: concurrent
/// single-row upserts (<c>storage-upsert</c>) and 4-row batches (<c>storage-batch</c>), each loop in a partition of
/// its own as owners' partitions are, through the same partition store the grains use. Rows about the size of a
/// referral's view row.
/// </summary>
public static class StorageCeiling
{
    private static readonly Dictionary<string, object> Row = new()
    {
        ["Kind"] = "view",
        ["Status"] = "Active",
        ["Data"] = new string('x', 600),
    };

    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(string storage, BenchSize size, string? connectionString, StorageCounters counters, TextWriter progress)
    {
        var store = new CountingPartitionStore(connectionString is null
            ? new MemoryPartitionStore()
            : new TablePartitionStore(new TableServiceClient(connectionString).GetTableClient($"BenchStorage{Guid.NewGuid():N}"[..24])));
        var c = size.Concurrency;
        var run = Guid.NewGuid().ToString("N")[..8];

        // One unmeasured round first: the table's creation and the connections are not the storage's steady state.
        await store.SubmitAsync($"{run}-warmup", [RowWrite.Upsert("r", Row)]);
        var single = await Workload.RunAsync(storage, "storage-upsert", size.StorageWrites, c, counters, i =>
            store.SubmitAsync($"{run}-{i % c}", [RowWrite.Upsert($"u{i}", Row)]), progress);
        var batch = await Workload.RunAsync(storage, "storage-batch", size.StorageWrites / 4, c, counters, i =>
            store.SubmitAsync($"{run}-{i % c}", [.. Enumerable.Range(0, 4).Select(k => RowWrite.Upsert($"b{i}-{k}", Row))]), progress);
        return [single, batch];
    }
}
