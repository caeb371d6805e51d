namespace CoSell.Bench;

/// <summary>
/// Storage writes (every write or clear reaching the grain storage provider, <see cref="CountingGrainStorage"/>) and
/// reminder operations (the reminder-service calls <see cref="GrainCallCounter"/> sees) in this process, where the
/// silo runs.
/// </summary>
public sealed class StorageCounters
{
    public long Writes => CountingGrainStorage.Writes;

    public long ReminderOperations => GrainCallCounter.ReminderOperations;
}
