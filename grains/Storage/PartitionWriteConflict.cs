namespace CoSell.Grains.Storage;

/// <summary>
/// A batch was refused because one write's condition failed (the row exists, is missing, or changed since it was
/// read); nothing of the batch was written. <see cref="WriteIndex"/> says which write.
/// </summary>
public sealed class PartitionWriteConflict(int writeIndex, string rowKey, PartitionConflictKind kind)
    : Exception($"Write {writeIndex} of the batch (row '{rowKey}') was refused: {kind}; nothing was written.")
{
    public int WriteIndex { get; } = writeIndex;

    public string RowKey { get; } = rowKey;

    public PartitionConflictKind Kind { get; } = kind;
}
