using System.Collections.Concurrent;
using System.Globalization;

namespace CoSell.Grains.Storage;

/// <summary>
/// The partition store in memory, for fast tests and the <c>memory</c> benchmark: ordered rows per partition, atomic
/// batches and ETag conditions enforced exactly as Azure Table storage enforces them, so code proven here behaves
/// the same on Azure (and conflict paths Azurite does not check are proven here).
/// </summary>
public sealed class MemoryPartitionStore : IPartitionStore
{
    private static readonly ConcurrentDictionary<string, MemoryPartitionStore> Services = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, MemoryPartition> _partitions = new(StringComparer.Ordinal);
    private long _etag;

    /// <summary>
    /// The store of one installation (service id) in this process: every silo of an in-process cluster shares it, as
    /// silos share a storage account, and another cluster in the same process (another test) sees none of it.
    /// </summary>
    public static MemoryPartitionStore ForService(string serviceId) => Services.GetOrAdd(serviceId, _ => new MemoryPartitionStore());

    public Task<StoredRow?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var partition = Partition(partitionKey);
        lock (partition)
        {
            return Task.FromResult(partition.Rows.GetValueOrDefault(rowKey));
        }
    }

    public Task<RowPage> QueryAsync(string partitionKey, string fromRowKey, string toRowKey, int take, string? continuation = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var from = continuation is not null && string.CompareOrdinal(continuation, fromRowKey) > 0 ? continuation : fromRowKey;
        var partition = Partition(partitionKey);
        lock (partition)
        {
            // A range of the ordered keys (a tree walk from the first key in range), not a scan of the partition.
            var rows = string.CompareOrdinal(from, toRowKey) >= 0
                ? []
                : partition.Keys.GetViewBetween(from, toRowKey)
                    .Where(k => string.CompareOrdinal(k, toRowKey) < 0)
                    .Take(take + 1)
                    .Select(k => partition.Rows[k])
                    .ToList();
            var next = rows.Count > take ? rows[take].RowKey : null;
            return Task.FromResult(new RowPage(rows.Take(take).ToArray(), next));
        }
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default)
    {
        BatchRules.Check(writes);
        var partition = Partition(partitionKey);
        lock (partition)
        {
            // Check every condition first: a batch is all or nothing.
            for (var i = 0; i < writes.Count; i++)
            {
                var write = writes[i];
                var current = partition.Rows.GetValueOrDefault(write.RowKey);
                PartitionConflictKind? refused = write.Kind switch
                {
                    RowWriteKind.Insert when current is not null => PartitionConflictKind.Exists,
                    RowWriteKind.Replace or RowWriteKind.Delete when current is null => PartitionConflictKind.Missing,
                    RowWriteKind.Replace or RowWriteKind.Delete when write.IfMatch is { } etag && etag != "*" && etag != current!.ETag => PartitionConflictKind.Stale,
                    _ => null,
                };
                if (refused is { } kind)
                {
                    throw new PartitionWriteConflict(i, write.RowKey, kind);
                }
            }

            var etags = new string?[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                var write = writes[i];
                if (write.Kind == RowWriteKind.Delete)
                {
                    partition.Rows.Remove(write.RowKey);
                    partition.Keys.Remove(write.RowKey);
                    continue;
                }

                var etag = $"W/\"{Interlocked.Increment(ref _etag).ToString(CultureInfo.InvariantCulture)}\"";
                partition.Rows[write.RowKey] = new StoredRow(partitionKey, write.RowKey, etag, new Dictionary<string, object>(write.Properties!));
                partition.Keys.Add(write.RowKey);
                etags[i] = etag;
            }

            return Task.FromResult<IReadOnlyList<string?>>(etags);
        }
    }

    private MemoryPartition Partition(string partitionKey) => _partitions.GetOrAdd(partitionKey, _ => new MemoryPartition());
}
