using Orleans.Runtime.Messaging;

namespace CoSell;

/// <summary>How a grain call failed, for whoever decides whether to call again (grains, the REST gateway, the CLI).</summary>
public static class ClusterFailures
{
    /// <summary>
    /// The cluster refused the call or could not deliver it (a silo stopping or gone, a connection lost), so the target
    /// never ran it. Not a timeout, whose outcome is unknown.
    /// </summary>
    public static bool WasBounced(Exception error) =>
        error is SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException
        || (error is OrleansException && error.InnerException is { } inner && WasBounced(inner));
}
