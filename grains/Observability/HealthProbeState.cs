namespace CoSell.Grains.Observability;

/// <summary>Nothing: the probe only proves storage answers.</summary>
[GenerateSerializer]
public sealed class HealthProbeState
{
    [Id(0)] public int Probes { get; set; }
}
