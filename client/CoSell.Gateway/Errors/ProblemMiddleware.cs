using Microsoft.Extensions.Logging;

namespace CoSell.Gateway.Errors;

/// <summary>
/// Turns every failure into problem+json: typed errors with their status (R41), a cluster that is briefly
/// unreachable into 503 with Retry-After, and anything unexpected into a logged 500 that reveals nothing.
/// </summary>
public sealed partial class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (CoSellException error) when (!context.Response.HasStarted)
        {
            await ProblemResponses.WriteAsync(context, ProblemResponses.From(error));
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

    private static bool IsTransient(Exception error) =>
        error is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or GatewayTooBusyException
        || (error is OrleansException && error.InnerException is { } inner && IsTransient(inner));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: the cluster was unavailable")]
    private partial void LogTransient(Exception error, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    private partial void LogUnexpected(Exception error, string method, string path);
}
