using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CoSell.Bench;

/// <summary>
/// Counts the grain calls the silo serves (every incoming call, including the in-memory storage and reminder
/// grains), in total and by interface method, so a workload's figures say how many calls one operation costs.
/// Cheap per call (no strings: counters are keyed by the request's generated type), so it barely moves the figures.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private static long _calls;
    private static long _reminderOperations;
    private static readonly ConcurrentDictionary<Type, Counter> ByRequest = new();

    public static long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls into the reminder service: registrations, unregistrations and lookups, whoever makes them.</summary>
    public static long ReminderOperations => Interlocked.Read(ref _reminderOperations);

    public static IReadOnlyDictionary<string, long> Snapshot() =>
        ByRequest.Values.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Sum(c => Interlocked.Read(ref c.Count.Value)));

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref _calls);
        var counter = ByRequest.GetOrAdd(context.Request.GetType(), static (_, c) => new Counter($"{c.InterfaceName}.{c.MethodName}", c.InterfaceName.EndsWith("IReminderService", StringComparison.Ordinal)), context);
        Interlocked.Increment(ref counter.Count.Value);
        if (counter.Reminder)
        {
            Interlocked.Increment(ref _reminderOperations);
        }

        return context.Invoke();
    }

    private sealed record Counter(string Name, bool Reminder)
    {
        public StrongBox<long> Count { get; } = new();
    }
}
