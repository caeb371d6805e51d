using CoSell.Portal.Components.Shared;

namespace CoSell.Portal.Live;

/// <summary>
/// The signed-in person's live view of their organization (or seller) for one browser session (a Blazor circuit):
/// an observer subscribed on the owner's <see cref="ILiveViewGrain"/>, renewed well within its lifetime — which also
/// subscribes again after the grain moved to another silo — and handed to the open components as
/// <see cref="Received"/>. The change only says what to read again; components read it through the grains.
/// </summary>
public sealed partial class LiveUpdates(IGrainFactory grains, Auth.SignedInUser user, ILogger<LiveUpdates> logger) : ILiveViewObserver, IAsyncDisposable
{
    /// <summary>How often the subscription is renewed: a third of its lifetime, so one lost renewal loses nothing.</summary>
    public static readonly TimeSpan RenewEvery = ILiveViewGrain.SubscriptionLifetime / 3;

    private readonly CancellationTokenSource _stop = new();
    private ILiveViewObserver? _reference;
    private Task? _starting;
    private Task? _renewing;

    /// <summary>Raised on the grain client's thread: a component hands it to its renderer (<c>InvokeAsync</c>).</summary>
    public event Func<LiveChange, Task>? Received;

    /// <summary>
    /// Subscribe once per session (pages opened later share it). False when the cluster did not answer: the page works
    /// without live updates and the next page tries again.
    /// </summary>
    public async Task<bool> TryStartAsync()
    {
        var starting = _starting ??= StartAsync();
        try
        {
            await starting;
            return true;
        }
        catch (Exception e) when (CallFailures.IsShown(e))
        {
            _starting = null;
            LogStartFailed(e);
            return false;
        }
    }

    private async Task StartAsync()
    {
        var actor = await user.ActorAsync();
        var view = grains.GetGrain<ILiveViewGrain>(ReferralKeys.OwnerOf(actor));
        var reference = grains.CreateObjectReference<ILiveViewObserver>(this);
        try
        {
            await view.Subscribe(actor, reference);
        }
        catch
        {
            grains.DeleteObjectReference<ILiveViewObserver>(this);
            throw;
        }

        _reference = reference;
        _renewing = RenewAsync(view, actor, reference);
    }

    public Task Changed(LiveChange change)
    {
        foreach (var handler in Received?.GetInvocationList().Cast<Func<LiveChange, Task>>() ?? [])
        {
            _ = Deliver(handler, change);
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_renewing is not null)
        {
            await _renewing;
        }

        if (_reference is not null)
        {
            grains.DeleteObjectReference<ILiveViewObserver>(this);
        }

        _stop.Dispose();
    }

    private async Task RenewAsync(ILiveViewGrain view, Actor actor, ILiveViewObserver reference)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await view.Subscribe(actor, reference);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRenewFailed(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }

        try
        {
            await view.Unsubscribe(reference);
        }
        catch (Exception e)
        {
            // The subscription lapses on its own.
            LogUnsubscribeFailed(e);
        }
    }

    private async Task Deliver(Func<LiveChange, Task> handler, LiveChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception e)
        {
            LogHandlerFailed(e, change.ReferralId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates could not start; the page works without them")]
    private partial void LogStartFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the live view subscription failed; the next renewal tries again")]
    private partial void LogRenewFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing the live view failed; the subscription lapses on its own")]
    private partial void LogUnsubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page could not apply the live change of referral {ReferralId}")]
    private partial void LogHandlerFailed(Exception exception, string referralId);
}
