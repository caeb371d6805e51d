using System.Text.Json;
using CoSell.Rest;

namespace CoSell.Gateway.Json;

/// <summary>
/// Reads a request body. Whatever is wrong with it — not JSON, a wrong type, an unknown enum value, missing,
/// too large — becomes a 400 <c>invalidRequest</c> naming the field, never a 500.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <param name="request">The request whose body is read, at most <see cref="MaxBytes"/>.</param>
    /// <param name="required">When false an empty body reads as a new, empty <typeparamref name="T"/>.</param>
    public static async Task<T> ReadAsync<T>(HttpRequest request, bool required = true) where T : class, new() =>
        Deserialize<T>(await ReadBytesAsync(request), required);

    /// <summary>
    /// A JSON merge patch (RFC 7396): the body, and the paths (<c>details.notes</c>, …) whose value is <c>null</c>,
    /// which the patch removes — an absent member stays as it is, a null one goes.
    /// </summary>
    public static async Task<(T Body, IReadOnlySet<string> Nulls)> ReadPatchAsync<T>(HttpRequest request) where T : class, new()
    {
        var bytes = await ReadBytesAsync(request);
        var body = Deserialize<T>(bytes, required: true);
        var nulls = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            CollectNulls(document.RootElement, "", nulls);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw CoSellException.InvalidRequest("body", $"Malformed request body: {FirstLine(ex.Message)}");
        }

        return (body, nulls);
    }

    private static void CollectNulls(JsonElement element, string prefix, HashSet<string> nulls)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                nulls.Add(path);
            }
            else
            {
                CollectNulls(property.Value, path, nulls);
            }
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw CoSellException.InvalidRequest("body", $"The request body is larger than {MaxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static T Deserialize<T>(ReadOnlyMemory<byte> bytes, bool required) where T : class, new()
    {
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return required ? throw CoSellException.InvalidRequest("body", "A JSON object body is required.") : new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes.Span, RestJson.Options)
                ?? throw CoSellException.InvalidRequest("body", "The body must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            throw CoSellException.InvalidRequest(field, $"Malformed request body at '{field}': {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw CoSellException.InvalidRequest("body", $"Unsupported request body: {FirstLine(ex.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
