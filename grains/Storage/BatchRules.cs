namespace CoSell.Grains.Storage;

/// <summary>What Azure refuses with 400 before looking at any row: an empty or oversized batch, a row twice, a write without properties.</summary>
internal static class BatchRules
{
    public static void Check(IReadOnlyList<RowWrite> writes)
    {
        if (writes.Count is 0 or > IPartitionStore.MaxBatch)
        {
            throw new ArgumentException($"A batch holds 1 to {IPartitionStore.MaxBatch} writes; this one has {writes.Count}.", nameof(writes));
        }

        if (writes.Select(w => w.RowKey).Distinct(StringComparer.Ordinal).Count() != writes.Count)
        {
            throw new ArgumentException("A batch writes each row at most once.", nameof(writes));
        }

        if (writes.Any(w => w.Kind != RowWriteKind.Delete && w.Properties is null))
        {
            throw new ArgumentException("Inserts, replaces and upserts carry the row's properties.", nameof(writes));
        }
    }
}
