using CoSell.Grains.Domain;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's insights (issue 15's <c>GET /v1/insights</c>): the running figures (<c>d|insights</c>) with the deltas
/// waiting in the partition folded in — folded and deleted in the same batch that writes the figures, so each change
/// counts once — plus the responsiveness figures (R37) and the response windows closing soon (R21, R22). A read costs a
/// range read of the deltas since the last one and of the windows due in the next days, never a read per referral.
/// </summary>
public sealed class DeskInsights(IPartitionStore store, string partitionKey, TimeProvider clock)
{
    /// <summary>One batch holds the record and the deletes of the deltas it folded.</summary>
    private const int DeltasPerBatch = IPartitionStore.MaxBatch - 1;

    private InsightFigures? _figures;
    private string? _etag;

    public async Task<OrganizationInsights> ReadAsync(IReadOnlySet<string>? tenants, int expiringWithinDays, Responsiveness responsiveness)
    {
        if (expiringWithinDays is < 1 or > OrganizationInsights.MaxExpiringWithinDays)
        {
            throw CoSellException.InvalidRequest("expiringWithinDays", $"expiringWithinDays must be 1 to {OrganizationInsights.MaxExpiringWithinDays}.");
        }

        var figures = await FoldAsync();
        var now = clock.GetUtcNow();
        var expiring = await ExpiringAsync(tenants, now, now.AddDays(expiringWithinDays));
        var (won, lost) = (figures.CountOf(Substatus.Won, tenants), figures.CountOf(Substatus.Lost, tenants));
        var stats = responsiveness.ToStats();
        return new OrganizationInsights(
            figures.Pipeline(tenants),
            won,
            lost,
            won + lost == 0 ? null : (int)Math.Round(100.0 * won / (won + lost), MidpointRounding.AwayFromZero),
            stats.Accepted + stats.Declined,
            stats.AverageResponseTime,
            responsiveness.MedianResponseTime(),
            expiring,
            expiringWithinDays,
            now);
    }

    /// <summary>The figures with every waiting delta folded in; stored with the deltas deleted when any were waiting.</summary>
    private async Task<InsightFigures> FoldAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            if (_figures is null || attempt > 0)
            {
                var record = await store.ReadAsync(partitionKey, InsightRows.RecordKey);
                (_figures, _etag) = (record is null ? new InsightFigures() : InsightRows.ReadRecord(record), record?.ETag);
            }

            var (from, to) = InsightRows.All;
            var deltas = await store.QueryAsync(partitionKey, from, to, DeltasPerBatch);
            if (deltas.Rows.Count == 0)
            {
                return _figures;
            }

            var folded = _figures.Copy();
            foreach (var row in deltas.Rows)
            {
                var (before, after) = InsightRows.Read(row);
                folded.Move(before, after);
            }

            var properties = InsightRows.Record(folded);
            List<RowWrite> writes = [_etag is null ? RowWrite.Insert(InsightRows.RecordKey, properties) : RowWrite.Replace(InsightRows.RecordKey, properties, _etag)];
            writes.AddRange(deltas.Rows.Select(r => RowWrite.Delete(r.RowKey, r.ETag)));
            try
            {
                var etags = await store.SubmitAsync(partitionKey, writes);
                (_figures, _etag) = (folded, etags[0]);
                if (deltas.Continuation is null)
                {
                    return _figures;
                }
            }
            catch (PartitionWriteConflict) when (attempt < 5)
            {
                // Another activation folded meanwhile (a failover): read the record again and fold what is left.
            }
        }
    }

    private async Task<IReadOnlyList<ExpiringReferral>> ExpiringAsync(IReadOnlySet<string>? tenants, DateTimeOffset now, DateTimeOffset until)
    {
        var (from, to) = RowKeys.WindowsDueBy(until);
        var windows = await store.QueryAsync(partitionKey, from, to, OrganizationInsights.MaxExpiring);
        return [.. windows.Rows
            .Select(r => (Deadline: RowKeys.WindowDeadline(r.RowKey), Row: r))
            .Where(w => w.Deadline > now && (tenants is null || tenants.Contains(w.Row.GetString("TenantId"))))
            .Select(w => new ExpiringReferral(w.Row.GetString("ReferralId"), w.Row.GetString("Name"), w.Deadline))];
    }
}
