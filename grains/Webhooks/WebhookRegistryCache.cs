using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// This silo's snapshot of <see cref="IWebhookRegistryGrain"/>, refreshed every
/// <see cref="WebhookRegistrySnapshot.RefreshEvery"/> while the silo is active, so that a referral change publishes
/// only to organizations that may have webhooks (<see cref="WebhookRegistrySnapshot"/> says why that loses nothing).
/// Times are real wall-clock time, whatever clock the grains are given.
/// </summary>
public sealed partial class WebhookRegistryCache(IGrainFactory grains, ILogger<WebhookRegistryCache> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private volatile WebhookRegistrySnapshot _snapshot = WebhookRegistrySnapshot.None;
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private bool _failing;

    public bool MayHaveWebhooks(string organizationId) => _snapshot.MayHaveWebhooks(organizationId, TimeProvider.System.GetUtcNow());

    /// <summary>Read the registry now; the snapshot is stamped with when the read was issued.</summary>
    public async Task RefreshAsync()
    {
        var issued = TimeProvider.System.GetUtcNow();
        var organizations = await grains.GetGrain<IWebhookRegistryGrain>(DirectoryKeys.Default).List();
        _snapshot = new WebhookRegistrySnapshot(organizations.ToHashSet(StringComparer.Ordinal), issued);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(WebhookRegistryCache), ServiceLifecycleStage.Active, Start, Stop);

    private Task Start(CancellationToken cancellationToken)
    {
        _stop = new CancellationTokenSource();
        _loop = Task.Run(() => Refresh(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken cancellationToken)
    {
        if (_stop is null || _loop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task Refresh(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync();
                if (_failing)
                {
                    _failing = false;
                    LogRecovered();
                }
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                // The snapshot ages past its trust window and every change is published to everyone meanwhile.
                if (!_failing)
                {
                    _failing = true;
                    LogRefreshFailed(ex);
                }
            }

            try
            {
                await Task.Delay(WebhookRegistrySnapshot.RefreshEvery, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the webhook registry failed; publishing every change to every party until it answers again")]
    private partial void LogRefreshFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The webhook registry answers again")]
    private partial void LogRecovered();
}
