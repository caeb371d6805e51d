using CoSell.Gateway.Errors;

namespace CoSell.Gateway.OpenApi;

/// <summary>
/// What a route takes and answers beyond its typed parameters, declared where it is mapped so the OpenAPI document
/// (<see cref="OperationDocumentation"/>) says exactly what the handler reads: query parameters, headers, the errors it
/// can answer (each a <see cref="Problem"/>).
/// </summary>
public static class ApiDescriptions
{
    public const string ProblemJson = "application/problem+json";

    public static TBuilder WithQuery<TBuilder>(this TBuilder builder, string name, string description, string type = "string", IReadOnlyList<string>? values = null, string? example = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new QueryParameter(name, description, type, values, example));

    public static TBuilder WithEnumQuery<TBuilder, TEnum>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder where TEnum : struct, Enum =>
        builder.WithQuery(name, description, values: Enum.GetNames<TEnum>());

    /// <summary><c>top</c> and <c>continuationToken</c>, as every list takes them.</summary>
    public static TBuilder WithPaging<TBuilder>(this TBuilder builder, int defaultTop, int maxTop) where TBuilder : IEndpointConventionBuilder =>
        builder.WithQuery("top", $"Items per page, 1–{maxTop} (default {defaultTop}).", "integer", example: defaultTop.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithQuery("continuationToken", "The previous page's continuationToken, for the next page.");

    /// <summary>The filters of a referral view (R32, R33), as <c>GET /v1/referrals</c> and its export read them.</summary>
    public static RouteHandlerBuilder WithViewFilters(this RouteHandlerBuilder builder) =>
        builder.WithEnumQuery<RouteHandlerBuilder, ReferralDirection>("direction", "Incoming (received) or Outgoing (created); both when absent.")
            .WithQuery("favorite", "true: only the caller's favorites (R32).", "boolean", example: "true")
            .WithEnumQuery<RouteHandlerBuilder, ReferralStatus>("status", "Only referrals in this status.")
            .WithEnumQuery<RouteHandlerBuilder, Substatus>("substatus", "Only referrals in this substatus.")
            .WithEnumQuery<RouteHandlerBuilder, DealType>("dealType", "Only this sale type.")
            .WithEnumQuery<RouteHandlerBuilder, SalesStage>("salesStage", "Only referrals at this stage.")
            .WithQuery("customerName", "Customer name contains this (3 letters or more).", example: "Contoso")
            .WithQuery("updatedSince", "Changed at or after this ISO 8601 time.", example: "2026-11-01T00:00:00Z");

    public static TBuilder WithRequestHeader<TBuilder>(this TBuilder builder, string name, string description, string? example = null) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HeaderParameter(name, description, example));

    /// <summary>Honours <c>If-Match</c> (R40): a stale ETag is 412 <c>preconditionFailed</c>.</summary>
    public static TBuilder WithIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithRequestHeader("If-Match", "The ETag last read; the change is refused with 412 when the referral changed since (R40).", "\"7\"")
            .Errors(StatusCodes.Status412PreconditionFailed);

    /// <summary>
    /// Honours <c>Idempotency-Key</c> on a change (R40): the gateway retries a keyed request after a transient cluster
    /// failure, and the referral answers a repeat of its last keyed change without applying it again.
    /// </summary>
    public static TBuilder WithChangeKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithRequestHeader("Idempotency-Key",
            "1–200 characters: a repeat of the referral's last change with the same key, user and body answers the referral as it is and changes nothing; another body is 409 (R40).",
            "accept-5c1f");

    /// <summary>Answers a referral with its <c>ETag</c> (R40).</summary>
    public static TBuilder WithETag<TBuilder>(this TBuilder builder, int status = StatusCodes.Status200OK) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseHeader(status, "ETag", "The referral's version; send it back as If-Match (R40)."));

    public static TBuilder WithLocation<TBuilder>(this TBuilder builder, int status, string what) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseHeader(status, "Location", what));

    /// <summary>The route can also answer these statuses, each with a <see cref="Problem"/>.</summary>
    public static TBuilder Errors<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Problem), [ProblemJson]));
        }

        return builder;
    }
}
