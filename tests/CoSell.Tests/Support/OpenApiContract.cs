using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CoSell.Tests.Support;

/// <summary>
/// The gateway's OpenAPI document as a contract a response is held to: its status is declared for the route, its
/// content type is one the route declares, its JSON body validates against the declared schema (JSON Schema 2020-12,
/// as OpenAPI 3.1 writes it), and a header it carries that a client acts on (ETag, Location, Retry-After) is declared.
/// </summary>
public sealed class OpenApiContract(JsonElement document)
{
    private static readonly string[] DeclaredHeaders = ["ETag", "Location", "Retry-After"];

    public JsonElement Document => document;

    public static async Task<OpenApiContract> LoadAsync(HttpClient anonymous) =>
        new(JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement.Clone());

    public JsonElement Operation(string method, string template) =>
        document.GetProperty("paths").TryGetProperty(template, out var path) && path.TryGetProperty(method.ToLowerInvariant(), out var operation)
            ? operation
            : throw new Xunit.Sdk.XunitException($"The OpenAPI document has no {method} {template}.");

    /// <summary>Holds <paramref name="response"/> to what the document says <paramref name="method"/> <paramref name="template"/> answers.</summary>
    public async Task AssertAsync(string method, string template, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var where = $"{method} {template} → {status}";
        Assert.True(Operation(method, template).GetProperty("responses").TryGetProperty(status, out var declared), $"{where}: the status is not declared");
        foreach (var header in DeclaredHeaders.Where(h => response.Headers.Contains(h)))
        {
            Assert.True(declared.TryGetProperty("headers", out var headers) && headers.TryGetProperty(header, out _), $"{where}: sends {header}, not declared");
        }

        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0)
        {
            Assert.False(declared.TryGetProperty("content", out _), $"{where}: declared with content, answered none");
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var media = declared.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out var found) ? found : (JsonElement?)null;
        Assert.True(media is not null,
            $"{where}: answers {mediaType}, declared {(declared.TryGetProperty("content", out var c) ? string.Join(", ", c.EnumerateObject().Select(p => p.Name)) : "no content")}");
        if (mediaType.EndsWith("json", StringComparison.Ordinal) && media!.Value.TryGetProperty("schema", out var schema))
        {
            var results = SchemaOf(schema).Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, $"{where}: the body does not match its schema:\n{Errors(results)}\n{body}");
        }
    }

    /// <summary>Each example a component schema carries is valid by that schema.</summary>
    public void AssertExample(string component)
    {
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(component);
        var validator = SchemaOf(JsonDocument.Parse($"{{\"$ref\":\"#/components/schemas/{component}\"}}").RootElement);
        foreach (var example in schema.GetProperty("examples").EnumerateArray())
        {
            var results = validator.Evaluate(example, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, $"the example of {component} does not match its schema:\n{Errors(results)}");
        }
    }

    /// <summary>The declared schema with every component beside it (OpenAPI's references rewritten to <c>$defs</c>).</summary>
    private JsonSchema SchemaOf(JsonElement schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://cosell.test/schemas/{Guid.NewGuid():N}",
            ["$defs"] = JsonNode.Parse(document.GetProperty("components").GetProperty("schemas").GetRawText()),
            ["allOf"] = new JsonArray(JsonNode.Parse(schema.GetRawText())),
        };
        return JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Value}")));
}
