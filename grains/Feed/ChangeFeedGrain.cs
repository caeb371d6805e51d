using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using CoSell.Grains.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Feed;

/// <summary>
/// An organization's change feed. The one writer of its rows (<see cref="FeedRows"/>): an append stores the change, its
/// seen-marker and the next sequence in one batch conditioned on the record's ETag, so sequences are gapless and a
/// change is stored once even when its publication is retried. Reads interleave (they read storage, never this
/// activation's state) and filter what the caller may see. Changes older than the retention are deleted as new ones
/// arrive.
/// </summary>
public sealed partial class ChangeFeedGrain(
    IPartitionStore partitions,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<ChangeFeedGrain> logger) : Grain, IChangeFeedGrain, IChangeFeedLog
{
    /// <summary>Look for expired changes after this many appends (and on activation), at most a batch at a time.</summary>
    private const int TrimEvery = 50;

    private string _partition = "";
    private long _next = 1;
    private string? _recordETag;
    private int _sinceTrim = TrimEvery;

    private string Organization => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _partition = PartitionKeys.Organization(Organization);
        await LoadRecordAsync(cancellationToken);
    }

    public async Task<string> Append(ReferralChange change, string? tenantId, string? sellerId)
    {
        var eventId = $"{change.ReferralId}:{change.Version}:{change.Event.ToWireName()}";
        for (var attempt = 0; ; attempt++)
        {
            if (await partitions.ReadAsync(_partition, FeedRows.SeenKey(eventId)) is { } seen)
            {
                return FeedCursor.Of(FeedRows.ReadSeen(seen));
            }

            var entry = new FeedEntry
            {
                Sequence = _next,
                EventId = eventId,
                Event = change.Event,
                ReferralId = change.ReferralId,
                OwnerOrganizationId = change.OrganizationId,
                Version = change.Version,
                ChangedAt = change.UpdatedDateTime,
                StoredAt = clock.GetUtcNow(),
                TenantId = tenantId,
                SellerId = sellerId,
                DataJson = change.ReferralJson,
            };
            var record = FeedRows.Record(_next + 1);
            try
            {
                var etags = await partitions.SubmitAsync(_partition,
                [
                    _recordETag is null ? RowWrite.Insert(FeedRows.RecordKey, record) : RowWrite.Replace(FeedRows.RecordKey, record, _recordETag),
                    RowWrite.Insert(FeedRows.Key(entry.Sequence), FeedRows.Properties(entry)),
                    RowWrite.Insert(FeedRows.SeenKey(eventId), FeedRows.Seen(entry.Sequence)),
                ]);
                (_next, _recordETag) = (entry.Sequence + 1, etags[0]);
                await TrimIfDueAsync();
                return FeedCursor.Of(entry.Sequence);
            }
            catch (PartitionWriteConflict) when (attempt < 3)
            {
                // Another activation wrote meanwhile (or this one's view is stale): read the record again, then look
                // for the change once more before taking the next sequence.
                await LoadRecordAsync(CancellationToken.None);
            }
        }
    }

    public async Task<ChangeFeedPage> Read(Actor actor, string? after, int top = ChangeFeedPage.DefaultTop)
    {
        if (top is < 1 or > ChangeFeedPage.MaxTop)
        {
            throw CoSellException.InvalidRequest("top", $"top must be 1 to {ChangeFeedPage.MaxTop}.");
        }

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

    private async Task LoadRecordAsync(CancellationToken cancellationToken)
    {
        if (await partitions.ReadAsync(_partition, FeedRows.RecordKey, cancellationToken) is { } row)
        {
            (_next, _recordETag) = (FeedRows.ReadRecord(row), row.ETag);
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
