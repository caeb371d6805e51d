namespace CoSell.Grains.Hosting;

/// <summary>
/// Writes a grain's state so that calls interleaving on one activation never write concurrently: a caller whose
/// change arrives while a write is in flight waits for it and then one more write carries every change made
/// meanwhile (group commit). Every caller returns only once a write that includes its change has completed.
/// </summary>
public sealed class CoalescingStateWriter<T>
{
    private readonly Func<Task> _write;
    private Task? _inFlight;
    private bool _dirty;

    public CoalescingStateWriter(IPersistentState<T> state)
        : this(state.WriteStateAsync)
    {
    }

    /// <param name="write">Writes the current state whole; called by one caller at a time.</param>
    public CoalescingStateWriter(Func<Task> write) => _write = write;

    public async Task WriteAsync()
    {
        _dirty = true;
        while (_dirty)
        {
            if (_inFlight is { } running)
            {
                try
                {
                    await running;
                }
                catch
                {
                    // Its starter reports that failure; this caller's change still needs a write of its own.
                }

                // The write is over even if its starter has not resumed yet to say so. Without this, a waiter that
                // resumes first would find the finished write still "in flight" and spin on it forever, holding the
                // activation's only turn so the starter could never resume (seen as a livelock on Azure storage).
                if (ReferenceEquals(_inFlight, running))
                {
                    _inFlight = null;
                }

                continue;
            }

            _dirty = false;
            var write = _write();
            _inFlight = write;
            try
            {
                await write;
            }
            finally
            {
                if (ReferenceEquals(_inFlight, write))
                {
                    _inFlight = null;
                }
            }
        }
    }
}
