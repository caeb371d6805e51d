using CoSell.Client.Export;
using CoSell.Gateway.Auth;

namespace CoSell.Gateway.Endpoints;

/// <summary>Bulk (issue 15, point 2): <c>GET /v1/referrals/export</c>, a view as CSV, streamed page by page.</summary>
public static class BulkEndpoints
{
    public static RouteGroupBuilder MapBulk(this RouteGroupBuilder v1)
    {
        v1.MapGet("/referrals/export", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var query = ReferralQueryString.Parse(context.Request.Query);
            var columns = Columns(context.Request.Query["columns"].ToString());

            // Checked before the first byte: a refusal (a role, a filter) is a problem, not half a file.
            await client.ListReferrals(actor, query with { Top = 1, ContinuationToken = null });
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"cosell-referrals.csv\"";
            await ReferralCsv.StreamAsync(client, actor, token => query with { Top = ReferralQuery.MaxTop, ContinuationToken = token }, columns,
                context.Response.Body, cancellationToken: context.RequestAborted);
        }).WithTags("Bulk").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary($"A view and its filters as CSV (the same query as GET /v1/referrals, plus columns=…), up to {ReferralCsv.MaxRows} rows, streamed.");
        return v1;
    }

    /// <summary>The columns asked for (comma-separated ids), or the screen's defaults; an unknown one is refused naming it.</summary>
    private static IReadOnlySet<string> Columns(string text)
    {
        if (text.Length == 0)
        {
            return ReferralColumn.Defaults;
        }

        var asked = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = asked.FirstOrDefault(c => ReferralColumn.All.All(k => k.Id != c));
        return unknown is null
            ? asked
            : throw CoSellException.InvalidRequest("columns", $"'{unknown}' is not a column: {string.Join(", ", ReferralColumn.All.Select(c => c.Id))}.");
    }
}
