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
            var columns = ReferralColumn.Parse(context.Request.Query["columns"].ToString().Split(','), "columns");
            await ReferralCsv.StreamAsync(client, actor, token => query with { Top = ReferralQuery.MaxTop, ContinuationToken = token }, columns,
                context.Response.Body,
                starting: () =>
                {
                    // Only once the first page was read: a refusal (a role, a filter) is then still a problem, not half a file.
                    context.Response.ContentType = "text/csv; charset=utf-8";
                    context.Response.Headers.ContentDisposition = "attachment; filename=\"cosell-referrals.csv\"";
                },
                cancellationToken: context.RequestAborted);
        }).WithTags("Bulk").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary($"A view and its filters as CSV (the same query as GET /v1/referrals, plus columns=…), up to {ReferralCsv.MaxRows} rows, streamed.");
        return v1;
    }
}
