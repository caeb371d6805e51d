using CoSell.Grains.Hosting;

namespace CoSell.Tests.Hosting;

/// <summary>
/// The group-commit writer under the orders an activation's scheduler may resume its callers in. Deterministic:
/// a synchronization context that runs posted continuations in a chosen order stands in for the scheduler.
/// </summary>
public sealed class CoalescingStateWriterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_waiter_resuming_before_or_after_the_writer_gets_its_own_write_instead_of_spinning(bool lastInFirstOut)
    {
        var context = new OrderedContext(lastInFirstOut);
        var (writes, first, second) = TwoOverlappingWrites(context);

        // Finish each write as it starts. In one of the two orders the waiter resumes before the writer: the old
        // writer then found the finished write still marked in flight and spun on it forever inside this drain.
        var drained = Task.Run(() =>
        {
            for (var i = 0; i < 10 && !(first.IsCompleted && second.IsCompleted); i++)
            {
                writes[^1].TrySetResult();
                context.Drain();
            }
        });

        // A watchdog, not a wait: the drain ends as soon as both writes are done. The failure it catches is a
        // synchronous loop that never yields, which no fake clock or event can observe; only a bound on real time ends it.
        Assert.True(await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(10))) == drained, "the writer spun instead of finishing");
        Assert.True(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully);
        Assert.Equal(2, writes.Count); // one write for the first change, one that carries the second
    }

    [Fact]
    public void A_waiter_is_not_failed_by_a_write_that_started_before_its_change()
    {
        var context = new OrderedContext(lastInFirstOut: true);
        var (writes, first, second) = TwoOverlappingWrites(context);

        writes[0].TrySetException(new IOException("storage down"));
        context.Drain();
        writes[^1].TrySetResult();
        context.Drain();

        Assert.IsType<IOException>(first.Exception?.InnerException);
        Assert.True(second.IsCompletedSuccessfully, "the second change was written by a write of its own");
        Assert.Equal(2, writes.Count);
    }

    /// <summary>Two changes written through one writer, the second arriving while the first write is in flight.</summary>
    private static (List<TaskCompletionSource> Writes, Task First, Task Second) TwoOverlappingWrites(OrderedContext context)
    {
        var writes = new List<TaskCompletionSource>();
        var writer = new CoalescingStateWriter<object>(() =>
        {
            var write = new TaskCompletionSource();
            writes.Add(write);
            return write.Task;
        });

        Task first = Task.CompletedTask, second = Task.CompletedTask;
        context.Run(() =>
        {
            first = writer.WriteAsync();
            second = writer.WriteAsync();
        });

        return (writes, first, second);
    }

    private sealed class OrderedContext(bool lastInFirstOut) : SynchronizationContext
    {
        private readonly LinkedList<(SendOrPostCallback Callback, object? State)> _posted = new();

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_posted)
            {
                _posted.AddLast((d, state));
            }
        }

        public void Run(Action action)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                action();
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }

        public void Drain()
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (_posted)
                {
                    if (_posted.Count == 0)
                    {
                        return;
                    }

                    next = lastInFirstOut ? _posted.Last!.Value : _posted.First!.Value;
                    if (lastInFirstOut)
                    {
                        _posted.RemoveLast();
                    }
                    else
                    {
                        _posted.RemoveFirst();
                    }
                }

                Run(() => next.Callback(next.State));
            }
        }
    }
}
