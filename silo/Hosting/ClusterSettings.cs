namespace CoSell.Silo.Hosting;

/// <summary>Cluster identity and ports, from the <c>CoSell:Cluster</c> section. One silo on loopback by default.</summary>
public sealed class ClusterSettings
{
    public const string Section = "CoSell:Cluster";

    public string ClusterId { get; set; } = "cosell-dev";

    public string ServiceId { get; set; } = "cosell";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
