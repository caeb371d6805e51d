using Orleans.Storage;

namespace CoSell.Grains.Hosting;

/// <summary>
/// A grain's records kept in numbered pages, each its own record in the grain's storage partition (on Azure
/// Table, rows of the grain's partition). A change rewrites only the page that holds it, so what one change costs
/// does not grow with how much the grain holds, and no record outgrows an Azure Table entity.
/// Pages are numbered consecutively from the first kept one; <see cref="LoadAsync"/> reads in parallel batches
/// until the first missing page, so pages must be created in order and removed only from the front.
/// </summary>
public sealed class RecordPages<TPage>(IGrainStorage storage, GrainId owner, string prefix)
    where TPage : class, new()
{
    private const int ReadBatch = 16;

    private readonly Dictionary<int, RecordPage<TPage>> _held = [];

    /// <summary>Read the stored pages from <paramref name="first"/> on, in order; they are held for <see cref="For"/>.</summary>
    public async Task<List<RecordPage<TPage>>> LoadAsync(int first = 0)
    {
        var pages = new List<RecordPage<TPage>>();
        for (var start = first; ; start += ReadBatch)
        {
            var batch = Enumerable.Range(start, ReadBatch).Select(n => Create(n)).ToArray();
            await Task.WhenAll(batch.Select(p => p.Read()));
            foreach (var page in batch)
            {
                if (!page.Exists)
                {
                    return pages;
                }

                pages.Add(page);
                _held[page.Number] = page;
            }
        }
    }

    /// <summary>The held record of page <paramref name="number"/>, or a new one holding <paramref name="value"/>.</summary>
    public RecordPage<TPage> For(int number, TPage value)
    {
        if (!_held.TryGetValue(number, out var page))
        {
            page = Create(number, value);
            _held[number] = page;
        }

        return page;
    }

    /// <summary>Delete a held page's record (nothing when it is not held).</summary>
    public Task DeleteAsync(int number) => _held.Remove(number, out var page) ? page.DeleteAsync() : Task.CompletedTask;

    /// <summary>A new page (empty, or holding <paramref name="value"/>); it is stored by its first <see cref="RecordPage{TPage}.WriteAsync"/>.</summary>
    public RecordPage<TPage> Create(int number, TPage? value = null) => new(storage, owner, prefix, number, value);
}
