using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A referral's publication after each stored change (<see cref="ReferralPublisher"/>): retried every few seconds while
/// it fails, and on success the owner desk is told (one-way) that the change's relay row can go.
/// </summary>
public sealed partial class ReferralPublication(
    Grain referral, Func<ReferralState> current, ReferralPublisher publisher, Func<ReferralState, IDeskInbox> ownerDesk, ILogger logger)
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private IGrainTimer? _retry;

    /// <summary>Publish the state's current version and the notifications it owes; on failure, retry from a timer.</summary>
    public async Task PublishAsync()
    {
        var state = current();
        var version = state.Version;
        var notifications = state.PendingNotifications.ToArray();
        try
        {
            await publisher.PublishAsync(state, version, state.PublishedVersion < version, notifications);
            state.PublishedVersion = Math.Max(state.PublishedVersion, version);
            state.PendingNotifications.RemoveAll(n => notifications.Contains(n));
            _ = ownerDesk(state).Published(state.Id, version);
            _retry?.Dispose();
            _retry = null;
        }
        catch (Exception ex) when (ex is not CoSellException)
        {
            LogPublishFailed(ex, state.Id, version);
            Schedule(Retry);
        }
    }

    /// <summary>Publish after <paramref name="due"/>, then every few seconds until it succeeds.</summary>
    public void Schedule(TimeSpan due)
    {
        _retry?.Dispose();
        _retry = referral.RegisterGrainTimer(PublishAsync, new GrainTimerCreationOptions(due, Retry) { KeepAlive = true });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing version {Version} of referral {ReferralId} failed; retrying")]
    private partial void LogPublishFailed(Exception exception, string referralId, long version);
}
