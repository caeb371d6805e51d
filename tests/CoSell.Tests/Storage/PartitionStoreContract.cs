using CoSell.Grains.Storage;

namespace CoSell.Tests.Storage;

/// <summary>
/// What every partition store does, run against each (issue 12): ordered partitions, atomic batches and Azure's write
/// conditions. The Azurite run answers the question whether Azurite honours If-Match inside a batch.
/// </summary>
public abstract class PartitionStoreContract
{
    private readonly string _partition = $"p-{Guid.NewGuid():N}";

    protected abstract IPartitionStore Store { get; }

    private static Dictionary<string, object> Props(string value) => new() { ["Value"] = value, ["Number"] = 42L };

    [Fact]
    public async Task An_inserted_row_reads_back_with_its_properties_and_an_etag()
    {
        var etags = await Store.SubmitAsync(_partition, [RowWrite.Insert("a", Props("one"))]);
        var row = await Store.ReadAsync(_partition, "a");
        Assert.NotNull(row);
        Assert.Equal("one", row.GetString("Value"));
        Assert.Equal(42L, Convert.ToInt64(row.Properties["Number"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(etags[0], row.ETag);
        Assert.Null(await Store.ReadAsync(_partition, "b"));
    }

    [Fact]
    public async Task A_query_pages_through_a_key_range_in_order_each_row_once()
    {
        var keys = Enumerable.Range(0, 23).Select(i => $"v:{i:D3}").Reverse().ToList();
        await Store.SubmitAsync(_partition, [.. keys.Select(k => RowWrite.Insert(k, Props(k))), RowWrite.Insert("w:outside", Props("w")), RowWrite.Insert("u:outside", Props("u"))]);

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await Store.QueryAsync(_partition, "v:", "v;", 5, continuation);
            Assert.True(page.Rows.Count <= 5);
            seen.AddRange(page.Rows.Select(r => r.RowKey));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null && pages < 20);

        Assert.Equal(keys.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_batch_with_one_refused_insert_writes_nothing()
    {
        await Store.SubmitAsync(_partition, [RowWrite.Insert("taken", Props("first"))]);

        var conflict = await Assert.ThrowsAsync<PartitionWriteConflict>(() => Store.SubmitAsync(_partition,
            [RowWrite.Insert("new-1", Props("x")), RowWrite.Insert("taken", Props("second")), RowWrite.Insert("new-2", Props("y"))]));

        Assert.Equal((1, PartitionConflictKind.Exists), (conflict.WriteIndex, conflict.Kind));
        Assert.Null(await Store.ReadAsync(_partition, "new-1"));
        Assert.Null(await Store.ReadAsync(_partition, "new-2"));
        Assert.Equal("first", (await Store.ReadAsync(_partition, "taken"))!.GetString("Value"));
    }

    [Fact]
    public async Task A_replace_on_a_stale_etag_inside_a_batch_fails_the_batch()
    {
        var first = (await Store.SubmitAsync(_partition, [RowWrite.Insert("state", Props("v1"))]))[0];
        var second = (await Store.SubmitAsync(_partition, [RowWrite.Replace("state", Props("v2"), first)]))[0];
        Assert.NotEqual(first, second);

        // A duplicate activation still holding v1's ETag: its whole change (state and view row) is refused.
        var conflict = await Assert.ThrowsAsync<PartitionWriteConflict>(() => Store.SubmitAsync(_partition,
            [RowWrite.Insert("view:1", Props("stale view")), RowWrite.Replace("state", Props("stale"), first)]));

        Assert.Equal((1, PartitionConflictKind.Stale), (conflict.WriteIndex, conflict.Kind));
        Assert.Equal("v2", (await Store.ReadAsync(_partition, "state"))!.GetString("Value"));
        Assert.Null(await Store.ReadAsync(_partition, "view:1"));
    }

    [Fact]
    public async Task Replace_and_delete_of_a_missing_row_and_a_stale_delete_are_refused()
    {
        Assert.Equal(PartitionConflictKind.Missing, (await Assert.ThrowsAsync<PartitionWriteConflict>(() => Store.SubmitAsync(_partition, [RowWrite.Replace("none", Props("x"), null)]))).Kind);
        Assert.Equal(PartitionConflictKind.Missing, (await Assert.ThrowsAsync<PartitionWriteConflict>(() => Store.SubmitAsync(_partition, [RowWrite.Delete("none")]))).Kind);

        var first = (await Store.SubmitAsync(_partition, [RowWrite.Insert("row", Props("v1"))]))[0];
        await Store.SubmitAsync(_partition, [RowWrite.Upsert("row", Props("v2"))]);
        Assert.Equal(PartitionConflictKind.Stale, (await Assert.ThrowsAsync<PartitionWriteConflict>(() => Store.SubmitAsync(_partition, [RowWrite.Delete("row", first)]))).Kind);

        var current = (await Store.ReadAsync(_partition, "row"))!.ETag;
        await Store.SubmitAsync(_partition, [RowWrite.Delete("row", current)]);
        Assert.Null(await Store.ReadAsync(_partition, "row"));
    }

    [Fact]
    public async Task Of_two_writers_holding_the_same_etag_exactly_one_wins()
    {
        var etag = (await Store.SubmitAsync(_partition, [RowWrite.Insert("state", Props("v1"))]))[0];

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            try
            {
                await Store.SubmitAsync(_partition, [RowWrite.Replace("state", Props($"writer {i}"), etag)]);
                return true;
            }
            catch (PartitionWriteConflict conflict) when (conflict.Kind == PartitionConflictKind.Stale)
            {
                return false;
            }
        }));

        Assert.Single(attempts, won => won);
    }

    [Fact]
    public async Task A_value_longer_than_one_property_is_stored_in_chunks_and_reads_back_whole()
    {
        var value = new string('a', ChunkedJson.ChunkLength) + new string('b', ChunkedJson.ChunkLength) + "tail";
        await Store.SubmitAsync(_partition, [RowWrite.Insert("big", ChunkedJson.Write(value, alongside: new Dictionary<string, object> { ["Status"] = "Active" }))]);

        var row = (await Store.ReadAsync(_partition, "big"))!;
        Assert.Equal(value, ChunkedJson.Read<string>(row));
        Assert.Equal("Active", row.GetString("Status"));
    }

    [Fact]
    public async Task Batches_the_storage_would_refuse_are_refused_before_any_write()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SubmitAsync(_partition, []));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SubmitAsync(_partition, [.. Enumerable.Range(0, 101).Select(i => RowWrite.Insert($"r{i}", Props("x")))]));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SubmitAsync(_partition, [RowWrite.Insert("same", Props("x")), RowWrite.Upsert("same", Props("y"))]));
        Assert.Null(await Store.ReadAsync(_partition, "same"));
    }
}
