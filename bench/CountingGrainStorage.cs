using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CoSell.Bench;

/// <summary>
/// Counts every write (and clear) that reaches a grain storage provider, whether it comes through a grain's
/// <c>IPersistentState</c> or straight from <c>IGrainStorage</c> (the desk's index pages, the outbox pages); Orleans'
/// own storage metric sees only the first kind. Every call is one storage round trip; a write or clear touches one
/// entity.
/// </summary>
public sealed class CountingGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private static long _writes;
    private static long _reads;

    public static long Writes => Interlocked.Read(ref _writes);

    public static long Reads => Interlocked.Read(ref _reads);

    /// <summary>Wrap the storage provider registered under <paramref name="name"/>.</summary>
    public static void Decorate(IServiceCollection services, string name)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name));
        var factory = original.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"Grain storage '{name}' is not registered by a factory; cannot count its writes.");
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => new CountingGrainStorage((IGrainStorage)factory(sp, key)));
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _writes);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _writes);
        return inner.ClearStateAsync(stateName, grainId, grainState);
    }

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
