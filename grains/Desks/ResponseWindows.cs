using CoSell.Grains.Observability;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's open response windows (R21 inbound response, R22 seller decision): rows in its partition ordered by
/// deadline, written by its referrals with their state. One reminder per desk fires at the earliest deadline; a tick
/// asks each referral whose window passed to expire (it checks its own stored deadline, so a late or repeated tick
/// changes nothing; its expiry deletes the row), then sets the reminder for the next deadline or removes it. The
/// reminder ticks every <c>CoSell:Windows:TickPeriod</c> (a minute by default) until then.
/// Nothing is held in memory but when the reminder fires next.
/// </summary>
public sealed partial class ResponseWindows(
    Grain desk, IPartitionStore store, string partitionKey, Func<string, IDeskReferral> referral, TimeSpan tickPeriod, TimeProvider clock, CoSellMetrics metrics, ILogger logger)
{
    public const string ReminderName = "response-windows";

    /// <summary>How many referrals a tick expires at once.</summary>
    private const int ExpiryBatch = 64;

    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>When the reminder, as this activation registered it, fires next (null: not registered by it).</summary>
    private DateTimeOffset? _tickAt;

    /// <summary>On activation: set the reminder for the earliest open window, if there is one.</summary>
    public async Task ResumeAsync()
    {
        if (await EarliestAsync() is { } next)
        {
            await ScheduleAsync(next);
        }
    }

    /// <summary>A window opens: make sure the reminder fires by its deadline; registers only when it would not.</summary>
    public async Task ScheduleAsync(DateTimeOffset deadline)
    {
        await _lock.WaitAsync();
        try
        {
            if (_tickAt is { } tickAt && tickAt <= deadline)
            {
                return;
            }

            var due = deadline - clock.GetUtcNow();
            await desk.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : TimeSpan.Zero, tickPeriod);
            metrics.RemindersRegistered.Add(1);
            _tickAt = deadline;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>A tick: expire every referral whose window passed, then set the reminder for what is left.</summary>
    public async Task TickAsync()
    {
        var now = clock.GetUtcNow();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var (from, to) = RowKeys.WindowsDueBy(now);
            var due = await store.QueryAsync(partitionKey, from, to, ExpiryBatch + failed.Count);
            var work = due.Rows.Where(r => !failed.Contains(r.GetString("ReferralId"))).ToList();
            if (work.Count == 0)
            {
                break;
            }

            void Fail(string id)
            {
                lock (failed)
                {
                    failed.Add(id);
                }
            }

            await Task.WhenAll(work.Select(async row =>
            {
                var id = row.GetString("ReferralId");
                try
                {
                    var summary = await referral(id).ExpireIfDue();
                    if (summary is null)
                    {
                        // No referral behind the window (never the case when both are written in one batch): drop it.
                        await store.SubmitAsync(partitionKey, [RowWrite.Delete(row.RowKey, row.ETag)]);
                    }
                    else if (summary.Substatus == Substatus.Received)
                    {
                        // Not due by the referral's own stored deadline: leave it for a later tick.
                        Fail(id);
                    }
                }
                catch (Exception ex) when (ex is not CoSellException)
                {
                    LogExpiryFailed(ex, partitionKey, id);
                    Fail(id);
                }
            }));
        }

        await _lock.WaitAsync();
        try
        {
            var next = await EarliestAsync();
            if (next is null)
            {
                if (await desk.GetReminder(ReminderName) is { } reminder)
                {
                    await desk.UnregisterReminder(reminder);
                    metrics.RemindersUnregistered.Add(1);
                }

                _tickAt = null;
            }
            else if (failed.Count == 0 && next.Value > now + tickPeriod)
            {
                await desk.RegisterOrUpdateReminder(ReminderName, next.Value - now, tickPeriod);
                metrics.RemindersRegistered.Add(1);
                _tickAt = next;
            }
            else
            {
                _tickAt = now + tickPeriod;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<DateTimeOffset?> EarliestAsync()
    {
        var (from, to) = RowKeys.Windows;
        var first = await store.QueryAsync(partitionKey, from, to, 1);
        return first.Rows.Count == 0 ? null : RowKeys.WindowDeadline(first.Rows[0].RowKey);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not expire referral {ReferralId} yet; will retry on the next window tick")]
    private partial void LogExpiryFailed(Exception exception, string desk, string referralId);
}
