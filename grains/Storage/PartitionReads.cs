namespace CoSell.Grains.Storage;

/// <summary>Reading a whole key range of a partition, page by page (each page one round trip of the store).</summary>
public static class PartitionReads
{
    public static async Task<List<StoredRow>> ReadAllAsync(this IPartitionStore store, string partitionKey, (string From, string To) range, int pageSize = 1000)
    {
        var rows = new List<StoredRow>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(partitionKey, range.From, range.To, pageSize, continuation);
            rows.AddRange(page.Rows);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return rows;
    }
}
