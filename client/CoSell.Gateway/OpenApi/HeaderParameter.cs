namespace CoSell.Gateway.OpenApi;

/// <summary>A request header a route reads (<c>If-Match</c>, <c>Idempotency-Key</c>), as endpoint metadata the OpenAPI document lists.</summary>
public sealed record HeaderParameter(string Name, string Description, string? Example = null);
