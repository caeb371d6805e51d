using CoSell.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Testing;

/// <summary>
/// The silo's partition store with a fault injected into one batch (issue 12, acceptance 4): the batch fails before
/// it reaches storage (nothing written), or after it was stored (written, but the caller sees a failure, as when a
/// silo dies between its write and its next step).
/// </summary>
public sealed class FaultyPartitionStore(IPartitionStore inner, StoreFaults faults) : IPartitionStore
{
    public static void Decorate(IServiceCollection services, StoreFaults faults)
    {
        var original = services.Last(d => d.ServiceType == typeof(IPartitionStore));
        var factory = original.ImplementationFactory ?? throw new InvalidOperationException("The partition store is not registered by a factory.");
        services.Remove(original);
        services.AddSingleton<IPartitionStore>(sp => new FaultyPartitionStore((IPartitionStore)factory(sp), faults));
    }

    public Task<StoredRow?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(partitionKey, rowKey, cancellationToken);

    public Task<RowPage> QueryAsync(string partitionKey, string fromRowKey, string toRowKey, int take, string? continuation = null, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(partitionKey, fromRowKey, toRowKey, take, continuation, cancellationToken);

    public async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default)
    {
        var (before, after) = faults.Next(writes);
        if (before)
        {
            throw new IOException($"Injected: batch to {partitionKey} failed before it was written.");
        }

        var etags = await inner.SubmitAsync(partitionKey, writes, cancellationToken);
        if (after)
        {
            throw new IOException($"Injected: batch to {partitionKey} was written, then its caller failed.");
        }

        return etags;
    }
}
