using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace CoSell.Gateway.Errors;

/// <summary>
/// Statuses the framework answers without a body — routing's 404, 405 and 415, authorization's 403 (the
/// dashboard), a 413 — get the same problem+json with a <c>code</c> as every typed error (R41).
/// </summary>
public static class StatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (code, title, detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("invalidRequest", "The request is malformed.", "The request could not be read."),
            StatusCodes.Status401Unauthorized => ("unauthenticated", "Authentication required.", "Send Authorization: Bearer <token>."),
            StatusCodes.Status403Forbidden => ("accessDenied", "Access denied.", "The caller may not use this resource."),
            StatusCodes.Status404NotFound => ("notFound", "Not found.", $"No resource at {http.Request.Path}."),
            StatusCodes.Status405MethodNotAllowed => ("methodNotAllowed", "Method not allowed.", $"{http.Request.Method} is not allowed on {http.Request.Path}."),
            StatusCodes.Status406NotAcceptable => ("notAcceptable", "Not acceptable.", "This resource answers application/json."),
            StatusCodes.Status413PayloadTooLarge => ("payloadTooLarge", "The body is too large.", "Send a smaller body."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupportedMediaType", "Unsupported media type.",
                $"Content-Type '{http.Request.ContentType}' is not accepted here; send {Accepted(http)}."),
            _ when status >= 500 => ("internal", "Unexpected error.", $"The error was logged with trace id {http.TraceIdentifier}."),
            _ => ("error", "Error.", $"The request ended with status {status}."),
        };
        var target = status == StatusCodes.Status415UnsupportedMediaType ? "Content-Type" : status == StatusCodes.Status405MethodNotAllowed ? "method" : "request";
        return ProblemResponses.WriteAsync(http, new Problem($"https://cosell.example/errors/{code}", title, status, detail, code, target));
    }

    /// <summary>What the route takes (an import takes text/csv), as its endpoint declares it.</summary>
    private static string Accepted(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? string.Join(" or ", types) : "application/json";
}
