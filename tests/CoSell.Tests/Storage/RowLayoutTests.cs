using CoSell.Grains.Storage;

namespace CoSell.Tests.Storage;

/// <summary>Issue 12's row layout: keys Azure accepts for any id, one key range per row kind, views newest first.</summary>
public sealed class RowLayoutTests
{
    [Theory]
    [InlineData("1111111")]
    [InlineData("a/b\\c#d?e|f%g")]
    [InlineData("%2F")]
    public void Any_id_becomes_a_key_Azure_accepts_and_comes_back_unchanged(string id)
    {
        var key = KeyEncoding.Escape(id);
        Assert.Equal(-1, key.AsSpan().IndexOfAny("/\\#?|"));
        Assert.Equal(id, KeyEncoding.Unescape(key));
    }

    [Fact]
    public void Distinct_ids_stay_distinct_keys()
    {
        string[] ids = ["a/b", "a%2Fb", "a|b", "a%7Cb", "a%b"];
        Assert.Equal(ids.Length, ids.Select(KeyEncoding.Escape).Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(PartitionKeys.Partner("x"), PartitionKeys.Seller("x"));
    }

    [Fact]
    public void R33_view_rows_sort_newest_first_and_stay_inside_their_range()
    {
        var start = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
        var keys = new[] { RowKeys.View(start, "old"), RowKeys.View(start.AddMinutes(5), "new"), RowKeys.View(start.AddMinutes(5), "new|er") };
        var ordered = keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([keys[1], keys[2], keys[0]], ordered);

        var (from, to) = RowKeys.Views;
        Assert.All(keys, k => Assert.True(string.CompareOrdinal(k, from) >= 0 && string.CompareOrdinal(k, to) < 0, k));
        string[] others = [RowKeys.State("new"), RowKeys.Favorite("u", "new"), RowKeys.Queued("mail", "1")];
        Assert.All(others, k => Assert.False(string.CompareOrdinal(k, from) >= 0 && string.CompareOrdinal(k, to) < 0, k));
    }

    [Fact]
    public void R32_one_users_favorites_are_one_range_another_users_are_outside_it()
    {
        var (from, to) = RowKeys.Favorites("ann");
        bool Inside(string key) => string.CompareOrdinal(key, from) >= 0 && string.CompareOrdinal(key, to) < 0;
        Assert.True(Inside(RowKeys.Favorite("ann", "r-1")));
        Assert.False(Inside(RowKeys.Favorite("anna", "r-1")));
        Assert.False(Inside(RowKeys.Favorite("an", "n|r-1")));
    }

    [Fact]
    public void A_value_too_large_for_one_row_is_refused_before_any_write()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChunkedJson.Write(new string('x', ChunkedJson.MaxChunks * ChunkedJson.ChunkLength)));
        Assert.Contains("does not fit one row", error.Message);
    }
}
