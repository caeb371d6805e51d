using System.Text.Json.Serialization;

namespace CoSell.Gateway.Errors;

/// <summary>An <c>application/problem+json</c> body with the R41 extensions <see cref="Code"/> and <see cref="Target"/>.</summary>
public sealed record Problem(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("target")] string Target);
