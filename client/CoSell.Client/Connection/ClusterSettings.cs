namespace CoSell.Client.Connection;

/// <summary>
/// Cluster identity, membership and ports, from the <c>CoSell:Cluster</c> section. <c>Provider</c>:
/// <c>Localhost</c> (default: one silo, no membership table) or <c>AzureTable</c> (several silos find each
/// other through a membership table in the storage account of <c>CoSell:Storage:ConnectionString</c>). Silos and
/// grain clients (gateway host, CLI, bench) read the same class, so every default is written once.
/// </summary>
public sealed class ClusterSettings
{
    public const string Section = "CoSell:Cluster";

    public string Provider { get; set; } = "Localhost";

    /// <summary>Membership table for <c>AzureTable</c> clustering.</summary>
    public string MembershipTable { get; set; } = "CoSellClusterMembership";

    /// <summary>The address other silos and clients use to reach this silo.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>Faster failure detection (seconds instead of about a minute), for tests and small local clusters.</summary>
    public bool FastFailureDetection { get; set; }

    /// <summary>
    /// On Kubernetes: take the silo's address, cluster and service ids from the pod (POD_IP, POD_NAME,
    /// POD_NAMESPACE, ORLEANS_CLUSTER_ID, ORLEANS_SERVICE_ID) and let Orleans remove dead pods' silos.
    /// </summary>
    public bool Kubernetes { get; set; }

    public bool UsesAzureTable => string.Equals(Provider, "AzureTable", StringComparison.OrdinalIgnoreCase);

    public string ClusterId { get; set; } = "cosell-dev";

    public string ServiceId { get; set; } = "cosell";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Grain clients (gateway host, CLI): how long a grain call may go unanswered before it fails as a timeout. A call
    /// forwarded to a silo that then dies is answered by nobody: this bound, not Orleans' 30 s, is what it waits.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Mutual TLS on the silo and gateway ports (<c>CoSell:Cluster:Tls:*</c>); off without a certificate.</summary>
    public ClusterTlsSettings Tls { get; set; } = new();

    /// <summary>The configuration key of a property (<c>nameof</c>), so that no caller spells a key of this section.</summary>
    public static string Key(string property) => $"{Section}:{property}";
}
