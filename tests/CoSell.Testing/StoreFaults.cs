namespace CoSell.Testing;

/// <summary>Which partition-store write fails, and whether before it reaches storage or after it was stored.</summary>
public sealed class StoreFaults
{
    private int _submits;
    private int _failAt = -1;
    private bool _afterWrite;
    private Func<IReadOnlyList<Grains.Storage.RowWrite>, bool>? _counts;
    private TaskCompletionSource _fired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the armed batch has failed: wait on it, not on a side effect that comes before the batch.</summary>
    public Task Fired => Volatile.Read(ref _fired).Task;

    /// <summary>
    /// Fail the <paramref name="submit"/>-th batch from now (1 = the next one); with <paramref name="counts"/>, of the
    /// batches it picks only, so that another grain's batch landing in between cannot take the fault.
    /// </summary>
    public void Arm(int submit, bool afterWrite, Func<IReadOnlyList<Grains.Storage.RowWrite>, bool>? counts = null)
    {
        Interlocked.Exchange(ref _submits, 0);
        _afterWrite = afterWrite;
        _counts = counts;
        Volatile.Write(ref _fired, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref _failAt, submit);
    }

    public void Disarm() => Volatile.Write(ref _failAt, -1);

    /// <summary>Counts a batch; returns whether it fails, and when.</summary>
    public (bool Before, bool After) Next(IReadOnlyList<Grains.Storage.RowWrite> writes)
    {
        var failAt = Volatile.Read(ref _failAt);
        if (failAt < 0 || _counts is { } counts && !counts(writes))
        {
            return (false, false);
        }

        var n = Interlocked.Increment(ref _submits);
        if (n != failAt)
        {
            return (false, false);
        }

        Volatile.Read(ref _fired).TrySetResult();
        return (!_afterWrite, _afterWrite);
    }
}
