namespace CoSell.Grains.Storage;

/// <summary>One partition of <see cref="MemoryPartitionStore"/>: rows by key, and their keys in order for range reads.</summary>
public sealed class MemoryPartition
{
    public Dictionary<string, StoredRow> Rows { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Keys { get; } = new(StringComparer.Ordinal);
}
