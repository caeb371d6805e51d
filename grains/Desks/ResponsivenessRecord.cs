using CoSell.Grains.Domain;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's responsiveness figures (R37), kept in its partition: a referral that is answered or expires leaves a
/// row in the <see cref="ReferralRows.RespondedQueue"/> with that change, and the desk counts the rows and deletes
/// them in the same batch that writes the new figures, so each answer counts exactly once whatever fails when.
/// </summary>
public sealed class ResponsivenessRecord(IPartitionStore store, string partitionKey)
{
    private static readonly string RecordKey = RowKeys.Record("responsiveness");

    /// <summary>One batch holds the record and the deletes of the rows it counted.</summary>
    private const int RowsPerBatch = IPartitionStore.MaxBatch - 1;

    /// <summary>Conflicts (another activation draining at once during a failover) tolerated before giving up until the next drain.</summary>
    private const int MaxAttempts = 5;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _etag;
    private bool _waiting;
    private bool _counting;

    public Responsiveness Figures { get; private set; } = new();

    public async Task LoadAsync()
    {
        var row = await store.ReadAsync(partitionKey, RecordKey);
        Figures = row is null ? new Responsiveness() : StoredJson.Deserialize<Responsiveness>(row.GetString("Figures"));
        _etag = row?.ETag;
    }

    /// <summary>
    /// An answer arrived: count now; answers arriving while a count runs are counted together by one more pass, so a
    /// burst of answers costs a few transactions, not one each.
    /// </summary>
    public async Task CountArrivingAsync(Func<ResponsivenessStats, Task> changed)
    {
        _waiting = true;
        if (_counting)
        {
            return;
        }

        _counting = true;
        try
        {
            while (_waiting)
            {
                _waiting = false;
                await CountAsync(changed);
            }
        }
        finally
        {
            _counting = false;
        }
    }

    /// <summary>Count what waits, one count at a time; <paramref name="changed"/> hears the new figures.</summary>
    public async Task CountAsync(Func<ResponsivenessStats, Task> changed)
    {
        bool counted;
        await _lock.WaitAsync();
        try
        {
            counted = await DrainAsync();
        }
        finally
        {
            _lock.Release();
        }

        if (counted)
        {
            await changed(Figures.ToStats());
        }
    }

    /// <summary>Count every answer waiting in the queue; true when the figures changed.</summary>
    public async Task<bool> DrainAsync()
    {
        var changed = false;
        var (from, to) = RowKeys.Queue(ReferralRows.RespondedQueue);
        for (var attempt = 0; attempt < MaxAttempts;)
        {
            var answered = await store.QueryAsync(partitionKey, from, to, RowsPerBatch);
            if (answered.Rows.Count == 0)
            {
                return changed;
            }

            var figures = StoredJson.Deserialize<Responsiveness>(StoredJson.Serialize(Figures));
            foreach (var row in answered.Rows)
            {
                figures.Count(Enum.Parse<Substatus>(row.GetString("Substatus")), TimeSpan.FromTicks(Convert.ToInt64(row.Properties["ResponseTicks"], System.Globalization.CultureInfo.InvariantCulture)));
            }

            var record = new Dictionary<string, object> { ["Figures"] = StoredJson.Serialize(figures) };
            List<RowWrite> writes = [_etag is null ? RowWrite.Insert(RecordKey, record) : RowWrite.Replace(RecordKey, record, _etag)];
            writes.AddRange(answered.Rows.Select(r => RowWrite.Delete(r.RowKey, r.ETag)));
            try
            {
                _etag = (await store.SubmitAsync(partitionKey, writes))[0];
                Figures = figures;
                changed = true;
            }
            catch (PartitionWriteConflict)
            {
                attempt++;
                await LoadAsync();
            }
        }

        return changed;
    }
}
