using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace CoSell.Gateway.Hosting;

/// <summary>
/// Runs a CoSell host so that a stop requested while it is still starting (Ctrl-C in <c>./run.sh</c>, SIGTERM from a
/// rolling restart or an autoscaler) ends the process as a requested stop, exit status 0, not as a crash.
/// </summary>
/// <remarks>
/// The generic host cancels a start that is still running when the stop arrives and rethrows the cancellation out of
/// <c>RunAsync</c>; an Orleans silo reports it as <see cref="OrleansLifecycleCanceledException"/>. Unhandled, that
/// aborts the process (status 134), which supervisors and <c>./run.sh</c> read as a failure.
/// </remarks>
public static class StopDuringStart
{
    public static async Task RunUntilStoppedAsync(this WebApplication app)
    {
        // Taken before the run: RunAsync disposes the host, and its services with it, on the way out.
        var stopping = app.Lifetime.ApplicationStopping;
        var logger = app.Logger;
        try
        {
            await app.RunAsync();
        }
        catch (Exception e) when (stopping.IsCancellationRequested && e is OperationCanceledException or OrleansLifecycleCanceledException)
        {
            logger.LogWarning("Stopped while starting: the stop request arrived before start-up finished ({Reason})", e.Message);
        }
    }
}
