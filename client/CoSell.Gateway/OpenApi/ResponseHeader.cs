namespace CoSell.Gateway.OpenApi;

/// <summary>A header a route's response with <paramref name="Status"/> carries (<c>ETag</c>, <c>Location</c>), as endpoint metadata the OpenAPI document lists.</summary>
public sealed record ResponseHeader(int Status, string Name, string Description);
