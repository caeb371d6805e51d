using System.Collections.Concurrent;
using CoSell.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Bench;

/// <summary>Counts the round trips (a batch counts once) and the entities written through a partition store.</summary>
public sealed class CountingPartitionStore(IPartitionStore inner) : IPartitionStore
{
    private static long _roundTrips;
    private static long _entities;
    private static long _batches;

    private static readonly ConcurrentDictionary<string, long> RowsByKind = new();

    public static long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>Rows written so far by write kind and row-key prefix ("Insert v|"), to say what an operation writes.</summary>
    public static IReadOnlyDictionary<string, long> RowsByKindSnapshot() => new Dictionary<string, long>(RowsByKind);

    public static long EntitiesWritten => Interlocked.Read(ref _entities);

    /// <summary>Write round trips: each batch once, whatever it holds.</summary>
    public static long Batches => Interlocked.Read(ref _batches);

    /// <summary>Wrap the silo's partition store, so the grains' partition writes are counted with everything else.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IPartitionStore));
        var factory = original.ImplementationFactory
            ?? throw new InvalidOperationException("The partition store is not registered by a factory; cannot count its calls.");
        services.Remove(original);
        services.AddSingleton<IPartitionStore>(sp => new CountingPartitionStore((IPartitionStore)factory(sp)));
    }

    public Task<StoredRow?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _roundTrips);
        return inner.ReadAsync(partitionKey, rowKey, cancellationToken);
    }

    public Task<RowPage> QueryAsync(string partitionKey, string fromRowKey, string toRowKey, int take, string? continuation = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _roundTrips);
        return inner.QueryAsync(partitionKey, fromRowKey, toRowKey, take, continuation, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _roundTrips);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _entities, writes.Count);
        foreach (var write in writes)
        {
            RowsByKind.AddOrUpdate($"{write.Kind} {Prefix(write.RowKey)}", 1, (_, n) => n + 1);
        }

        return inner.SubmitAsync(partitionKey, writes, cancellationToken);
    }

    /// <summary>The kind of row: its key up to the first separator (<c>v|</c>), or the second when a word lies between (<c>q|publish|</c>).</summary>
    private static string Prefix(string rowKey)
    {
        var first = rowKey.IndexOf('|', StringComparison.Ordinal);
        if (first < 0)
        {
            return rowKey;
        }

        var second = rowKey.IndexOf('|', first + 1);
        return rowKey[..(first + 1)] + (second > 0 && rowKey[(first + 1)..second].All(char.IsAsciiLetterLower) ? rowKey[(first + 1)..(second + 1)] : "");
    }
}
