using System.Diagnostics.Metrics;

namespace CoSell.Bench;

/// <summary>
/// Counts grain storage writes (Orleans' <c>orleans-storage-write-latency</c>, one measurement per write) in this
/// process, where the silo runs; reminder operations are the reminder-service calls <see cref="GrainCallCounter"/> sees.
/// </summary>
public sealed class StorageCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _writes;

    public StorageCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name is "orleans-storage-write-latency")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => Count());
        _listener.SetMeasurementEventCallback<float>((_, _, _, _) => Count());
        _listener.SetMeasurementEventCallback<long>((_, _, _, _) => Count());
        _listener.SetMeasurementEventCallback<int>((_, _, _, _) => Count());
        _listener.Start();
    }

    public long Writes => Interlocked.Read(ref _writes);

    public long ReminderOperations => GrainCallCounter.ReminderOperations;

    public void Dispose() => _listener.Dispose();

    private void Count() => Interlocked.Increment(ref _writes);
}
