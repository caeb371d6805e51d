namespace CoSell.Grains.Hosting;

/// <summary>Writing and dropping pages that carry their own number (a log kept in pages: the outbox, the webhook queue).</summary>
public static class NumberedPages
{
    /// <summary>Store each of these pages once (held records, or new ones for new pages).</summary>
    public static Task WriteAsync<TPage>(this RecordPages<TPage> store, IEnumerable<TPage> pages)
        where TPage : class, INumberedPage, new() =>
        Task.WhenAll(pages.Distinct().Select(page => store.For(page.Number, page).WriteAsync()));

    /// <summary>
    /// Drop pages from the front of a log: first <paramref name="recordStart"/> (store where the log now starts), then
    /// delete their records, so a crash in between leaves only rows below the start, which nothing reads.
    /// </summary>
    public static async Task DropAsync<TPage>(this RecordPages<TPage> store, IEnumerable<TPage> pages, Func<Task> recordStart)
        where TPage : class, INumberedPage, new()
    {
        await recordStart();
        foreach (var page in pages)
        {
            await store.DeleteAsync(page.Number);
        }
    }
}
