using Microsoft.Extensions.Logging;

namespace CoSell.Client.Connection;

/// <summary>
/// A front-end process (REST gateway host, portal) started beside or before its silos keeps trying to reach the
/// cluster instead of exiting, saying each time what stands in the way: a silo still starting is the usual cause,
/// a wrong gateway port or cluster id the other. Stopping the host ends the wait.
/// </summary>
public sealed class ClusterConnectionRetry(ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        logger.LogWarning("The cluster is not reachable yet ({Reason}); trying again in {Pause}", exception.Message, Pause);
        try
        {
            await Task.Delay(Pause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }
}
