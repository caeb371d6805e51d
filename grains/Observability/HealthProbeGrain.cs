using CoSell.Grains.Hosting;

namespace CoSell.Grains.Observability;

/// <summary>Reads its (empty) state from storage on every probe, so a probe fails while storage is unreachable.</summary>
public sealed class HealthProbeGrain(
    [PersistentState("health", StorageNames.Default)] IPersistentState<HealthProbeState> store) : Grain, IHealthProbeGrain
{
    public Task Probe() => store.ReadStateAsync();
}
