namespace CoSell.Portal.Components.Referrals;

/// <summary>
/// Reads a view page after page (100 at a time, R33) up to a cap: the board, the export and the insights each need
/// every row of a view, and the views page by continuation token.
/// </summary>
public static class ReferralReader
{
    /// <summary>The rows of the query's view, at most <paramref name="cap"/>; <c>More</c> says rows were left unread.</summary>
    public static async Task<(List<ReferralSummary> Rows, bool More)> ReadAsync(
        CoSellClient client, Actor actor, Func<string?, ReferralQuery> query, int cap, Func<int, Task>? progress = null)
    {
        var rows = new List<ReferralSummary>();
        string? token = null;
        do
        {
            var page = await client.ListReferrals(actor, query(token));
            rows.AddRange(page.Items);
            token = page.ContinuationToken;
            if (progress is not null)
            {
                await progress(rows.Count);
            }
        }
        while (token is not null && rows.Count < cap);

        var more = token is not null || rows.Count > cap;
        if (rows.Count > cap)
        {
            rows.RemoveRange(cap, rows.Count - cap);
        }

        return (rows, more);
    }
}
