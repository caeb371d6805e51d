namespace CoSell.Grains.Storage;

public enum PartitionConflictKind
{
    /// <summary>An insert met an existing row (Azure: 409 EntityAlreadyExists).</summary>
    Exists,

    /// <summary>A replace or delete met no row (Azure: 404 ResourceNotFound).</summary>
    Missing,

    /// <summary>The row's ETag is not the one the write was conditioned on (Azure: 412 UpdateConditionNotSatisfied).</summary>
    Stale,
}
