namespace CoSell.Bench;

/// <summary>Answers at once; no state, no storage.</summary>
public sealed class BenchPingGrain : Grain, IBenchPingGrain
{
    public Task Ping() => Task.CompletedTask;
}
