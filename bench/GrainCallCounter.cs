using System.Collections.Concurrent;

namespace CoSell.Bench;

/// <summary>
/// Counts the grain calls the silo serves (every incoming call, including the in-memory storage and reminder
/// grains), in total and by interface method, so a workload's figures say how many calls one operation costs.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private static long _calls;
    private static long _reminderOperations;
    private static readonly ConcurrentDictionary<string, long> ByMethod = new();

    public static long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls into the reminder service: registrations, unregistrations and lookups, whoever makes them.</summary>
    public static long ReminderOperations => Interlocked.Read(ref _reminderOperations);

    public static IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(ByMethod);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref _calls);
        if (context.InterfaceName.EndsWith("IReminderService", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _reminderOperations);
        }

        ByMethod.AddOrUpdate($"{context.InterfaceName}.{context.MethodName}", 1, (_, n) => n + 1);
        await context.Invoke();
    }
}
