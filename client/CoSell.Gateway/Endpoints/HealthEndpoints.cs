using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the cluster and its storage answer).</summary>
public static class HealthEndpoints
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => HttpResults.Json(new { status = "live" })).WithTags("Health").AllowAnonymous();
        app.MapGet("/health/ready", async (CoSellClient client) =>
        {
            try
            {
                await client.Probe().WaitAsync(ReadyTimeout);
                return HttpResults.Json(new { status = "ready" });
            }
            catch (Exception ex)
            {
                return Results.Json(new { status = "not-ready", reason = ex.GetType().Name }, RestJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("Health").AllowAnonymous();
        return app;
    }
}
