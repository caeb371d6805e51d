namespace CoSell;

/// <summary>Readiness: answers only when a silo is up and grain storage answers a read. Key: <see cref="DirectoryKeys.Default"/>.</summary>
public interface IHealthProbeGrain : IGrainWithStringKey
{
    Task Probe();
}
