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

    /// <param name="required">When false an empty body reads as a new, empty <typeparamref name="T"/>.</param>
    public static async Task<T> ReadAsync<T>(HttpRequest request, bool required = true) where T : class, new()
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

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
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
