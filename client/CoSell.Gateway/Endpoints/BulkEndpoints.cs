using CoSell.Gateway.OpenApi;
using CoSell.Client.Export;
using CoSell.Client.Import;
using CoSell.Gateway.Auth;

namespace CoSell.Gateway.Endpoints;

/// <summary>
/// Bulk (issue 15, point 2): <c>GET /v1/referrals/export</c>, a view as CSV, streamed page by page;
/// <c>POST /v1/referrals/import</c>, CSV rows created or updated by CRM id (or only checked, <c>dryRun=true</c>) in the
/// background, and <c>GET /v1/imports/{importId}</c> to follow it.
/// </summary>
public static class BulkEndpoints
{
    /// <summary>An import's CSV is at most this many characters (a thousand rows with room for long notes).</summary>
    public const int MaxImportCharacters = 4 * 1024 * 1024;

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
        }).WithTags("Bulk").Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithViewFilters()
            .WithQuery("columns", $"Comma-separated columns: {string.Join(",", ReferralColumn.All.Select(c => c.Id))} (default: the screen's).", example: "customer,value")
            .WithSummary($"A view and its filters as CSV (the same query as GET /v1/referrals, plus columns=…), up to {ReferralCsv.MaxRows} rows, streamed.");

        v1.MapPost("/referrals/import", async (HttpContext context, CoSellClient client) =>
        {
            // Only text/csv reaches here (the route accepts nothing else: 415 naming Content-Type).
            var actor = Caller.Of(context);
            var dryRun = context.Request.Query["dryRun"].ToString() switch
            {
                "" or "false" => false,
                "true" => true,
                var other => throw CoSellException.InvalidRequest("dryRun", $"dryRun must be true or false, not '{other}'."),
            };
            var rows = ReferralImportCsv.Read(new StringReader(await ReadLimitedAsync(context)));
            var import = await client.StartImport(actor, rows, dryRun);
            context.Response.Headers.Location = $"/v1/imports/{import.Id}";
            return HttpResults.Json(import, StatusCodes.Status202Accepted);
        }).WithTags("Bulk").Accepts<string>("text/csv").Produces<ReferralImport>(StatusCodes.Status202Accepted)
            .WithQuery("dryRun", "true: only check every row and say what the import would do; store nothing.", "boolean", example: "true")
            .WithLocation(StatusCodes.Status202Accepted, "Where to follow the import: /v1/imports/{id}.").Errors(409, 415)
            .WithSummary($"Create or update up to {ReferralImport.MaxRows} referrals from CSV rows keyed by CRM id (dryRun=true only checks them); follow it at the Location.");

        v1.MapGet("/referrals/import/template", () => Results.Text(ReferralImportCsv.Template, "text/csv; charset=utf-8"))
            .WithTags("Bulk").Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("The header line of an import file: every column it may have.");

        v1.MapGet("/imports/{importId}", async (HttpContext context, CoSellClient client, string importId) =>
            HttpResults.Json(await client.GetImport(Caller.Of(context), importId)))
            .WithTags("Bulk").Produces<ReferralImport>().Errors(404).WithSummary("An import as it stands: progress, counts and each processed row's outcome.");
        return v1;
    }

    private static async Task<string> ReadLimitedAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = new System.Text.StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            if (text.Length + read > MaxImportCharacters)
            {
                throw CoSellException.InvalidRequest("body", $"An import file is at most {MaxImportCharacters / (1024 * 1024)} MB; split it.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
