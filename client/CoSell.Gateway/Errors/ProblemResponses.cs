using System.Text.Json;
using CoSell.Rest;

namespace CoSell.Gateway.Errors;

/// <summary>Maps typed errors (R41) to HTTP statuses and writes them as problem+json.</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    public static int StatusOf(ErrorCode code) => code switch
    {
        ErrorCode.InvalidRequest => StatusCodes.Status400BadRequest,
        ErrorCode.ValidationFailed => StatusCodes.Status422UnprocessableEntity,
        ErrorCode.InvalidStateTransition or ErrorCode.TerminalState or ErrorCode.Conflict => StatusCodes.Status409Conflict,
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.AccessDenied => StatusCodes.Status403Forbidden,
        ErrorCode.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Problem From(CoSellException error)
    {
        var status = StatusOf(error.Code);
        return new Problem($"https://cosell.example/errors/{error.Code.ToWireName()}", Title(error.Code), status, error.Message, error.Code.ToWireName(), error.Target);
    }

    /// <summary>401: no token, a token that is not valid, or one without an identity.</summary>
    public static Problem Unauthenticated(string detail) =>
        new("https://cosell.example/errors/unauthenticated", "Authentication required.", StatusCodes.Status401Unauthorized, detail, "unauthenticated", "Authorization");

    /// <summary>429: the organization's calls are over its published limit (README "Limits"); <c>Retry-After</c> says when to try again.</summary>
    public static Problem RateLimited(string detail) =>
        new("https://cosell.example/errors/rateLimited", "Too many requests.", StatusCodes.Status429TooManyRequests, detail, "rateLimited", "rateLimit");

    public static Task WriteAsync(HttpContext context, Problem problem)
    {
        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(JsonSerializer.Serialize(problem, RestJson.Options), context.RequestAborted);
    }

    private static string Title(ErrorCode code) => code switch
    {
        ErrorCode.InvalidRequest => "The request is malformed.",
        ErrorCode.ValidationFailed => "A rule was broken.",
        ErrorCode.InvalidStateTransition => "The referral cannot do that in its current state.",
        ErrorCode.TerminalState => "The referral is closed and can no longer change.",
        ErrorCode.NotFound => "Not found.",
        ErrorCode.AccessDenied => "Access denied.",
        ErrorCode.PreconditionFailed => "The referral changed since it was read.",
        ErrorCode.Conflict => "Conflict.",
        _ => "Error.",
    };
}
