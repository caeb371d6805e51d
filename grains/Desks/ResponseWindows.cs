using CoSell.Grains.Domain;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's open response windows (R21 inbound response, R22 seller decision): rows in its partition ordered by
/// deadline, written by its referrals with their state. One reminder per desk fires at the next thing due — a warning
/// before a deadline (R18, <c>CoSell:Windows:Warnings</c>) or a deadline. A tick asks each referral whose window passed
/// to expire, and each whose warning is due (its window row mirrors the warning given) to warn; both check the
/// referral's own stored state, so a late or repeated tick changes nothing. Then it sets the reminder for what comes
/// next or removes it. The reminder ticks every <c>CoSell:Windows:TickPeriod</c> (a minute by default) until then.
/// Nothing is held in memory but when the reminder fires next.
/// </summary>
public sealed partial class ResponseWindows(Grain desk, string partitionKey, Func<string, IDeskReferral> referral, DeskServices services, ILogger logger)
{
    public const string ReminderName = "response-windows";

    /// <summary>How many referrals a tick asks at once.</summary>
    private const int Batch = 64;

    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>When the reminder, as this activation registered it, fires next (null: not registered by it).</summary>
    private DateTimeOffset? _tickAt;

    private IPartitionStore Store => services.Partitions;

    private IReadOnlyList<TimeSpan> Warnings => services.WindowWarnings;

    /// <summary>
    /// On activation: set the reminder for the earliest open window, by its first warning (a warning may have fallen due
    /// while no silo held this desk: the tick then gives it), if there is one.
    /// </summary>
    public async Task ResumeAsync()
    {
        if (await FirstAfterAsync(DateTimeOffset.MinValue) is { } next)
        {
            await ScheduleAsync(DateTimeOffset.MinValue, next);
        }
    }

    /// <summary>
    /// A window opens: make sure the reminder fires by its first warning that applies (or its deadline); registers only
    /// when it would not. The tick then works out exactly what is due.
    /// </summary>
    public async Task ScheduleAsync(DateTimeOffset opened, DateTimeOffset deadline)
    {
        var first = ResponseWarnings.FirstDueAt(opened, deadline, Warnings);
        await _lock.WaitAsync();
        try
        {
            if (_tickAt is { } tickAt && tickAt <= first)
            {
                return;
            }

            var due = first - services.Clock.GetUtcNow();
            await desk.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : TimeSpan.Zero, services.WindowTick);
            services.Metrics.RemindersRegistered.Add(1);
            _tickAt = first;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>A tick: expire every referral whose window passed, give the warnings due, then set the reminder for what is next.</summary>
    public async Task TickAsync()
    {
        var now = services.Clock.GetUtcNow();
        var failed = await ExpireAsync(now);
        failed |= await WarnAsync(now);

        await _lock.WaitAsync();
        try
        {
            var next = await NextAsync(now);
            if (next is null)
            {
                if (await desk.GetReminder(ReminderName) is { } reminder)
                {
                    await desk.UnregisterReminder(reminder);
                    services.Metrics.RemindersUnregistered.Add(1);
                }

                _tickAt = null;
            }
            else if (!failed && next.Value > now + services.WindowTick)
            {
                await desk.RegisterOrUpdateReminder(ReminderName, next.Value - now, services.WindowTick);
                services.Metrics.RemindersRegistered.Add(1);
                _tickAt = next;
            }
            else
            {
                _tickAt = now + services.WindowTick;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Expire every referral whose window passed; true when one could not be expired yet (the next tick retries).</summary>
    private async Task<bool> ExpireAsync(DateTimeOffset now)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var (from, to) = RowKeys.WindowsDueBy(now);
            var due = await Store.QueryAsync(partitionKey, from, to, Batch + failed.Count);
            var work = due.Rows.Where(r => !failed.Contains(r.GetString("ReferralId"))).ToList();
            if (work.Count == 0)
            {
                return failed.Count > 0;
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
                        await Store.SubmitAsync(partitionKey, [RowWrite.Delete(row.RowKey, row.ETag)]);
                    }
                    else if (summary.Substatus == Substatus.Received)
                    {
                        // Not due by the referral's own stored deadline: leave it for a later tick.
                        Fail(failed, id);
                    }
                }
                catch (Exception ex) when (ex is not CoSellException)
                {
                    LogExpiryFailed(ex, partitionKey, id);
                    Fail(failed, id);
                }
            }));
        }
    }

    /// <summary>
    /// Ask each referral whose window row says a warning is due to give it (R18); true when one failed (the next tick
    /// retries). The windows closing within the largest offset are read; most carry their warning already.
    /// </summary>
    private async Task<bool> WarnAsync(DateTimeOffset now)
    {
        if (Warnings.Count == 0)
        {
            return false;
        }

        var due = (await Store.ReadAllAsync(partitionKey, RowKeys.WindowsBetween(now, now + Warnings[0])))
            .Where(r => ResponseWarnings.Due(WindowRow.Opened(r), RowKeys.WindowDeadline(r.RowKey), now, Warnings, WindowRow.WarnedBefore(r)) is not null)
            .Select(r => r.GetString("ReferralId"))
            .ToList();

        var failed = false;
        foreach (var chunk in due.Chunk(Batch))
        {
            await Task.WhenAll(chunk.Select(async id =>
            {
                try
                {
                    await referral(id).WarnIfDue(Warnings);
                }
                catch (Exception ex) when (ex is not CoSellException)
                {
                    LogWarningFailed(ex, partitionKey, id);
                    failed = true;
                }
            }));
        }

        return failed;
    }

    /// <summary>What falls due next: the earliest deadline, or the earliest warning not yet due (per offset, the first window beyond it).</summary>
    private async Task<DateTimeOffset?> NextAsync(DateTimeOffset now)
    {
        if (await FirstAfterAsync(DateTimeOffset.MinValue) is not { } next)
        {
            return null;
        }

        foreach (var offset in Warnings)
        {
            if (await FirstAfterAsync(now + offset) is { } deadline && ResponseWarnings.DueAt(deadline, offset) < next)
            {
                next = ResponseWarnings.DueAt(deadline, offset);
            }
        }

        return next;
    }

    /// <summary>The earliest deadline after <paramref name="after"/>, if any window closes then.</summary>
    private async Task<DateTimeOffset?> FirstAfterAsync(DateTimeOffset after)
    {
        var (from, to) = RowKeys.WindowsBetween(after, DateTimeOffset.MaxValue);
        var first = await Store.QueryAsync(partitionKey, from, to, 1);
        return first.Rows.Count == 0 ? null : RowKeys.WindowDeadline(first.Rows[0].RowKey);
    }

    private static void Fail(HashSet<string> failed, string id)
    {
        lock (failed)
        {
            failed.Add(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not expire referral {ReferralId} yet; will retry on the next window tick")]
    private partial void LogExpiryFailed(Exception exception, string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not warn referral {ReferralId} yet; will retry on the next window tick")]
    private partial void LogWarningFailed(Exception exception, string desk, string referralId);
}
