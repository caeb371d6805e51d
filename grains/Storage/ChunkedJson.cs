using System.Globalization;
using System.Text.Json;

namespace CoSell.Grains.Storage;

/// <summary>
/// A value as JSON in one row: Azure Table caps a string property at 64 KB (32K UTF-16 characters) and a row at
/// 1 MB, so the JSON is split over properties <c>D0</c>, <c>D1</c>, … with their count in <c>Chunks</c>. A value too
/// large for one row is refused before anything is written.
/// </summary>
public static class ChunkedJson
{
    public const int ChunkLength = 32_000;

    /// <summary>Leaves room in the 1 MB row for the other properties (view summaries, ETag, keys).</summary>
    public const int MaxChunks = 15;

    public static Dictionary<string, object> Write<T>(T value, JsonSerializerOptions? options = null, IReadOnlyDictionary<string, object>? alongside = null)
    {
        var json = JsonSerializer.Serialize(value, options);
        var chunks = (json.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"A {typeof(T).Name} of {json.Length} JSON characters does not fit one row ({MaxChunks * ChunkLength} at most).");
        }

        var properties = alongside is null ? new Dictionary<string, object>() : new Dictionary<string, object>(alongside);
        properties["Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            properties[Name(i)] = json.Substring(i * ChunkLength, Math.Min(ChunkLength, json.Length - i * ChunkLength));
        }

        return properties;
    }

    public static T Read<T>(StoredRow row, JsonSerializerOptions? options = null)
    {
        var chunks = Convert.ToInt32(row.Properties["Chunks"], CultureInfo.InvariantCulture);
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => row.GetString(Name(i))));
        return JsonSerializer.Deserialize<T>(json, options) ?? throw new InvalidOperationException($"Row '{row.RowKey}' holds no {typeof(T).Name}.");
    }

    private static string Name(int chunk) => "D" + chunk.ToString(CultureInfo.InvariantCulture);
}
