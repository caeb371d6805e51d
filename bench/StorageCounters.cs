namespace CoSell.Bench;

/// <summary>
/// Storage work in this process, where the silo runs: writes (write round trips: every write or clear reaching the
/// grain storage provider, <see cref="CountingGrainStorage"/>, and every partition batch), round trips (every call to the storage, grain storage or partition
/// store; a batch counts once), entities written (a batch counts each of its rows) and reminder operations (the
/// reminder-service calls <see cref="GrainCallCounter"/> sees).
/// </summary>
public sealed class StorageCounters
{
    public long Writes => CountingGrainStorage.Writes + CountingPartitionStore.Batches;

    public long RoundTrips => CountingGrainStorage.Writes + CountingGrainStorage.Reads + CountingPartitionStore.RoundTrips;

    public long EntitiesWritten => CountingGrainStorage.Writes + CountingPartitionStore.EntitiesWritten;

    public long ReminderOperations => GrainCallCounter.ReminderOperations;
}
