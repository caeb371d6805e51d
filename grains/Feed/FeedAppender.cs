using CoSell.Grains.Storage;

namespace CoSell.Grains.Feed;

/// <summary>
/// Group commit for one feed: changes that arrive while a batch is being written wait and go together in the next one
/// (up to 33 a batch: three rows each), so a route that tells one organization four changes at once costs it one or two
/// transactions, not four. Each batch writes the changes with gapless sequences, their seen-markers and the next
/// sequence, conditioned on the record's ETag. A change already stored (its marker exists) answers its first cursor.
/// Runs on the grain's turns (its callers interleave), so its lists need no lock.
/// </summary>
public sealed class FeedAppender(IPartitionStore partitions, string partition, TimeProvider clock)
{
    private const int MaxChanges = IPartitionStore.MaxBatch / 3;

    private readonly List<Waiting> _waiting = [];
    private bool _writing;
    private long _next = 1;
    private string? _recordETag;

    /// <summary>Called after each stored batch (housekeeping such as trimming).</summary>
    public Func<Task>? AfterBatch { get; init; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (await partitions.ReadAsync(partition, FeedRows.RecordKey, cancellationToken) is { } row)
        {
            (_next, _recordETag) = (FeedRows.ReadRecord(row), row.ETag);
        }
    }

    public Task<long> AppendAsync(FeedEntry entry)
    {
        var waiting = new Waiting(entry);
        _waiting.Add(waiting);
        if (!_writing)
        {
            _ = WriteAllAsync();
        }

        return waiting.Done.Task;
    }

    private async Task WriteAllAsync()
    {
        _writing = true;
        try
        {
            while (_waiting.Count > 0)
            {
                var batch = _waiting.DistinctBy(w => w.Entry.EventId).Take(MaxChanges).ToList();
                var events = batch.Select(w => w.Entry.EventId).ToHashSet(StringComparer.Ordinal);
                var joined = _waiting.Where(w => events.Contains(w.Entry.EventId)).ToList();
                _waiting.RemoveAll(joined.Contains);
                await WriteAsync(batch, joined);
            }
        }
        finally
        {
            _writing = false;
        }
    }

    /// <summary>Store <paramref name="batch"/>; every waiter in <paramref name="joined"/> (repeats included) gets its change's sequence or the failure.</summary>
    private async Task WriteAsync(List<Waiting> batch, List<Waiting> joined)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            for (var attempt = 0; batch.Count > 0; attempt++)
            {
                var writes = new List<RowWrite>(1 + (2 * batch.Count));
                var record = FeedRows.Record(_next + batch.Count);
                writes.Add(_recordETag is null ? RowWrite.Insert(FeedRows.RecordKey, record) : RowWrite.Replace(FeedRows.RecordKey, record, _recordETag));
                var now = clock.GetUtcNow();
                var entries = batch.Select((w, i) => w.Entry with { Sequence = _next + i, StoredAt = now }).ToList();
                foreach (var entry in entries)
                {
                    writes.Add(RowWrite.Insert(FeedRows.Key(entry.Sequence), FeedRows.Properties(entry)));
                    writes.Add(RowWrite.Insert(FeedRows.SeenKey(entry.EventId), FeedRows.Seen(entry.Sequence)));
                }

                try
                {
                    var etags = await partitions.SubmitAsync(partition, writes);
                    (_next, _recordETag) = (_next + entries.Count, etags[0]);
                    entries.ForEach(e => stored[e.EventId] = e.Sequence);
                    batch.Clear();
                }
                catch (PartitionWriteConflict conflict) when (attempt < 5)
                {
                    if (conflict.Kind == PartitionConflictKind.Exists && conflict.WriteIndex > 0 && conflict.WriteIndex % 2 == 0)
                    {
                        // That change was stored before (a retried publication): answer its first sequence, write the rest.
                        var repeat = batch[(conflict.WriteIndex / 2) - 1].Entry.EventId;
                        var seen = await partitions.ReadAsync(partition, FeedRows.SeenKey(repeat));
                        stored[repeat] = FeedRows.ReadSeen(seen ?? throw new InvalidOperationException($"The feed's marker of {repeat} vanished."));
                        batch.RemoveAll(w => w.Entry.EventId == repeat);
                    }
                    else
                    {
                        // Another activation wrote meanwhile: take the sequence where storage has it.
                        await LoadAsync(CancellationToken.None);
                    }
                }
            }
        }
        catch (Exception ex)
        {
            joined.ForEach(w => w.Done.TrySetException(ex));
            return;
        }

        joined.ForEach(w => w.Done.TrySetResult(stored[w.Entry.EventId]));
        if (AfterBatch is not null)
        {
            await AfterBatch();
        }
    }

    private sealed record Waiting(FeedEntry Entry)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
