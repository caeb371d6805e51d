using Microsoft.Extensions.Logging;

namespace CoSell.Gateway.Errors;

/// <summary>
/// Turns every failure into problem+json: typed errors with their status (R41), a cluster that is briefly
/// unreachable into 503 with Retry-After, and anything unexpected into a logged 500 that reveals nothing.
/// Requests that are safe to repeat — GET, HEAD, PUT, DELETE, and a POST with an Idempotency-Key — are retried
/// a few times on a transient cluster failure (a silo dying, a gateway moving) before the caller sees a 503.
/// </summary>
public sealed partial class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3)];

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await InvokeWithRetries(context);
        }
        catch (CoSellException error) when (!context.Response.HasStarted)
        {
            await ProblemResponses.WriteAsync(context, ProblemResponses.From(error));
        }
        catch (Auth.UnauthenticatedException error) when (!context.Response.HasStarted)
        {
            await ProblemResponses.WriteAsync(context, ProblemResponses.Unauthenticated(error.Message));
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            await ProblemResponses.WriteAsync(context, ProblemResponses.From(CoSellException.InvalidRequest("request", error.Message)));
        }
        catch (Exception error) when (!context.Response.HasStarted && IsTransient(error))
        {
            LogTransient(error, context.Request.Method, context.Request.Path);
            context.Response.Headers.RetryAfter = "1";
            await ProblemResponses.WriteAsync(context, new Problem("https://cosell.example/errors/unavailable", "The cluster is briefly unavailable.",
                StatusCodes.Status503ServiceUnavailable, "Retry the request shortly.", "unavailable", "cluster"));
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(error, context.Request.Method, context.Request.Path);
            await ProblemResponses.WriteAsync(context, new Problem("https://cosell.example/errors/internal", "Unexpected error.",
                StatusCodes.Status500InternalServerError, $"The error was logged with trace id {context.TraceIdentifier}.", "internal", "server"));
        }
    }

    private async Task InvokeWithRetries(HttpContext context)
    {
        var repeatable = IsRepeatable(context.Request);
        if (repeatable)
        {
            context.Request.EnableBuffering();
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception error) when (repeatable && attempt < RetryDelays.Length && IsTransient(error) && !context.Response.HasStarted
                && !context.RequestAborted.IsCancellationRequested)
            {
                LogRetrying(error.GetType().Name, context.Request.Method, context.Request.Path, attempt + 1);
                await Task.Delay(RetryDelays[attempt], context.RequestAborted);
                context.Request.Body.Position = 0;
                context.Response.Headers.Clear();
            }
        }
    }

    private static bool IsRepeatable(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsDelete(request.Method)
        || (HttpMethods.IsPost(request.Method) && request.Headers.ContainsKey("Idempotency-Key"));

    private static bool IsTransient(Exception error) =>
        ClusterFailures.WasBounced(error)
        || error is TimeoutException or GatewayTooBusyException or Orleans.Networking.Shared.SocketConnectionException or ClientNotAvailableException
        || (error is OrleansException && error.InnerException is { } inner && IsTransient(inner));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}: transient {Error}; retry {Attempt}")]
    private partial void LogRetrying(string error, string method, string path, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: the cluster was unavailable")]
    private partial void LogTransient(Exception error, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    private partial void LogUnexpected(Exception error, string method, string path);
}
