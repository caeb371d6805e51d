using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary>JSON results in the gateway's JSON shape, and referral responses carrying their <c>ETag</c> header (R40).</summary>
public static class HttpResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, RestJson.Options, statusCode: status);

    public static IResult Referral(HttpContext context, Referral referral, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.ETag = ResourceTranslation.EntityTag(referral.ETag);
        return Json(ResourceTranslation.ToResource(referral), status);
    }

    /// <summary>The request's <c>Idempotency-Key</c> (R40), or null without one.</summary>
    public static string? IdempotencyKey(HttpContext context) =>
        context.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } value ? value : null;

    /// <summary>The <c>If-Match</c> header, if any (R40).</summary>

    public static string? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;
}
