using Orleans.Storage;

namespace CoSell.Grains.Hosting;

/// <summary>
/// One page of a grain's records, stored as its own record (state name <c>{prefix}-{number}</c>) in the grain's
/// storage. Writes and the final delete go through one <see cref="CoalescingStateWriter{T}"/>, so interleaved
/// callers never write the page concurrently and a delete is never overtaken by an earlier write.
/// </summary>
public sealed class RecordPage<TPage>
    where TPage : class, new()
{
    private readonly GrainState<TPage> _stored;
    private readonly CoalescingStateWriter<TPage> _writer;
    private bool _deleted;

    internal RecordPage(IGrainStorage storage, GrainId owner, string prefix, int number, TPage? value)
    {
        _stored = new GrainState<TPage>(value ?? new TPage());
        Number = number;
        Name = $"{prefix}-{number}";
        _writer = new CoalescingStateWriter<TPage>(() => _deleted
            ? storage.ClearStateAsync(Name, owner, _stored)
            : storage.WriteStateAsync(Name, owner, _stored));
        Read = () => storage.ReadStateAsync(Name, owner, _stored);
    }

    public int Number { get; }

    public string Name { get; }

    /// <summary>The page's content; change it, then <see cref="WriteAsync"/>.</summary>
    public TPage Value => _stored.State ??= new TPage();

    internal bool Exists => _stored.RecordExists;

    internal Func<Task> Read { get; }

    /// <summary>Store the page whole; returns once a write carrying every change made so far has completed.</summary>
    public Task WriteAsync() => _writer.WriteAsync();

    /// <summary>Remove the page's record; the page must not be written again.</summary>
    public Task DeleteAsync()
    {
        _deleted = true;
        return _writer.WriteAsync();
    }
}
