namespace CoSell.Grains.Storage;

/// <summary>
/// Rows grouped in partitions, as Azure Table storage keeps them: a row is addressed by partition and row key, rows of
/// a partition are read in row-key order, and a batch of writes to one partition commits all together or not at all
/// (an entity-group transaction). Every change of an owner's data is one such batch.
/// </summary>
/// <remarks>
/// Both implementations behave alike, down to the conditions: an insert of an existing row, a replace or delete of a
/// missing row, or an ETag that is no longer the row's fails the whole batch with <see cref="PartitionWriteConflict"/>.
/// </remarks>
public interface IPartitionStore
{
    /// <summary>At most this many writes in one batch (Azure's entity-group transaction limit).</summary>
    public const int MaxBatch = 100;

    Task<StoredRow?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rows of a partition with row keys in [<paramref name="fromRowKey"/>, <paramref name="toRowKey"/>), in row-key
    /// order, at most <paramref name="take"/>; <paramref name="continuation"/> is the previous page's token.
    /// </summary>
    Task<RowPage> QueryAsync(string partitionKey, string fromRowKey, string toRowKey, int take, string? continuation = null, CancellationToken cancellationToken = default);

    /// <summary>All of <paramref name="writes"/> (one partition, each row once) or none; returns the new ETag per write (null for deletes).</summary>
    Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default);
}
