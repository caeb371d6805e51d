using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using CoSell.Grains.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Feed;

/// <summary>
/// An organization's change feed. The one writer of its rows (<see cref="FeedRows"/>): appends are grouped into batches
/// (<see cref="FeedAppender"/>) that store each change, its seen-marker and the next sequence, conditioned on the
/// record's ETag, so sequences are gapless and a change is stored once even when its publication is retried. Reads
/// interleave (they read storage, never this activation's state) and filter what the caller may see. Changes older
/// than the retention are deleted as new ones arrive.
/// </summary>
public sealed partial class ChangeFeedGrain(
    IPartitionStore partitions,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<ChangeFeedGrain> logger) : Grain, IChangeFeedGrain, IChangeFeedLog
{
    /// <summary>Look for expired changes after this many batches (and after the first), at most a batch at a time.</summary>
    private const int TrimEvery = 50;

    private string _partition = "";
    private FeedAppender? _appender;
    private int _sinceTrim = TrimEvery;

    private string Organization => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _partition = PartitionKeys.Organization(Organization);
        _appender = new FeedAppender(partitions, _partition, clock) { AfterBatch = TrimIfDueAsync };
        await _appender.LoadAsync(cancellationToken);
    }

    public async Task<string> Append(ReferralChange change, string? tenantId, string? sellerId)
    {
        var sequence = await _appender!.AppendAsync(new FeedEntry
        {
            Sequence = 0,
            EventId = $"{change.ReferralId}:{change.Version}:{change.Event.ToWireName()}",
            Event = change.Event,
            ReferralId = change.ReferralId,
            OwnerOrganizationId = change.OrganizationId,
            Version = change.Version,
            ChangedAt = change.UpdatedDateTime,
            StoredAt = default,
            TenantId = tenantId,
            SellerId = sellerId,
            DataJson = change.ReferralJson,
        });
        return FeedCursor.Of(sequence);
    }

    public async Task<ChangeFeedPage> Read(Actor actor, string? after, int top = ChangeFeedPage.DefaultTop)
    {
        EnsureTop(top);
        var from = FeedCursor.Parse(after);
        var reader = await FeedReader.OfAsync(actor, Organization, GrainFactory);
        var (start, end) = FeedRows.After(from);
        var page = await partitions.QueryAsync(_partition, start, end, top);
        var entries = page.Rows.Select(FeedRows.Read).ToList();
        if (from > 0 && entries.Count > 0 && entries[0].Sequence > from + 1)
        {
            throw CoSellException.InvalidRequest("after",
                $"The changes after this cursor are no longer kept (the feed keeps {options.Value.Retention.TotalDays:0} days); read from the oldest kept, with no cursor, and reconcile.");
        }

        var items = entries.Where(reader.MaySee).Select(FeedEvent.Of).ToList();
        var cursor = entries.Count > 0 ? FeedCursor.Of(entries[^1].Sequence) : after;
        return new ChangeFeedPage(items, cursor, page.Continuation is not null);
    }

    public async Task<ChangeFeedPage> Latest(Actor actor, int top = ChangeFeedPage.DefaultTop)
    {
        EnsureTop(top);
        var reader = await FeedReader.OfAsync(actor, Organization, GrainFactory);
        var next = await partitions.ReadAsync(_partition, FeedRows.RecordKey) is { } record ? FeedRows.ReadRecord(record) : 1;
        var (start, end) = FeedRows.After(Math.Max(0, next - 1 - top));
        var page = await partitions.QueryAsync(_partition, start, end, top);
        var items = page.Rows.Select(FeedRows.Read).Where(reader.MaySee).Select(FeedEvent.Of).ToList();
        return new ChangeFeedPage(items, next > 1 ? FeedCursor.Of(next - 1) : null, More: false);
    }

    private static void EnsureTop(int top)
    {
        if (top is < 1 or > ChangeFeedPage.MaxTop)
        {
            throw CoSellException.InvalidRequest("top", $"top must be 1 to {ChangeFeedPage.MaxTop}.");
        }
    }

    /// <summary>Delete the oldest changes beyond the retention, with their seen-markers: housekeeping, retried later on failure.</summary>
    private async Task TrimIfDueAsync()
    {
        if (++_sinceTrim < TrimEvery)
        {
            return;
        }

        _sinceTrim = 0;
        try
        {
            var cutoff = clock.GetUtcNow() - options.Value.Retention;
            var (start, end) = FeedRows.After(0);
            var oldest = await partitions.QueryAsync(_partition, start, end, IPartitionStore.MaxBatch / 2);
            var expired = oldest.Rows.Select(r => (Row: r, Entry: FeedRows.Read(r))).TakeWhile(x => x.Entry.StoredAt < cutoff).ToList();
            if (expired.Count > 0)
            {
                await partitions.SubmitAsync(_partition,
                    [.. expired.SelectMany(x => new[] { RowWrite.Delete(x.Row.RowKey, x.Row.ETag), RowWrite.Delete(FeedRows.SeenKey(x.Entry.EventId)) })]);
            }
        }
        catch (Exception ex)
        {
            LogTrimFailed(ex, Organization);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed of {Organization}: deleting expired changes failed; a later append retries")]
    private partial void LogTrimFailed(Exception exception, string organization);
}
