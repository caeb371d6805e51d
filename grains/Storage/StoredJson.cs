using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSell.Grains.Storage;

/// <summary>
/// How values are written into rows: JSON with enums by name, so a stored row reads the same after an enum gains a
/// member, and computed members (marked <see cref="JsonIgnoreAttribute"/>) are left out.
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The stored value is not a {typeof(T).Name}.");
}
