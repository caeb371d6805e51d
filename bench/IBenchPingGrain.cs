namespace CoSell.Bench;

/// <summary>The ceiling: a grain call that does nothing.</summary>
public interface IBenchPingGrain : IGrainWithIntegerKey
{
    Task Ping();
}
