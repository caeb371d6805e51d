namespace CoSell.Gateway.OpenApi;

/// <summary>
/// A query parameter a route reads itself (from <c>HttpContext.Request.Query</c>, so the framework cannot see it), as
/// endpoint metadata the OpenAPI document lists: its JSON type (<c>string</c>, <c>integer</c>, <c>boolean</c>), the values
/// it takes when it is a choice, and an example.
/// </summary>
public sealed record QueryParameter(string Name, string Description, string Type = "string", IReadOnlyList<string>? Values = null, string? Example = null);
