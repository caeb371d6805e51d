namespace CoSell.Tests.Support;

/// <summary>Which partition-store write fails, and whether before it reaches storage or after it was stored.</summary>
public sealed class StoreFaults
{
    private int _submits;
    private int _failAt = -1;
    private bool _afterWrite;

    /// <summary>Fail the <paramref name="submit"/>-th batch from now (1 = the next one).</summary>
    public void Arm(int submit, bool afterWrite)
    {
        Interlocked.Exchange(ref _submits, 0);
        _afterWrite = afterWrite;
        Volatile.Write(ref _failAt, submit);
    }

    public void Disarm() => Volatile.Write(ref _failAt, -1);

    /// <summary>Counts a batch; returns whether it fails, and when.</summary>
    public (bool Before, bool After) Next()
    {
        var failAt = Volatile.Read(ref _failAt);
        if (failAt < 0)
        {
            return (false, false);
        }

        var n = Interlocked.Increment(ref _submits);
        return n == failAt ? (!_afterWrite, _afterWrite) : (false, false);
    }
}
