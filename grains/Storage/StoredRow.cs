namespace CoSell.Grains.Storage;

/// <summary>A row as stored: its keys, its ETag (changes on every write) and its properties.</summary>
public sealed record StoredRow(string PartitionKey, string RowKey, string ETag, IReadOnlyDictionary<string, object> Properties)
{
    public string GetString(string name) => Properties.TryGetValue(name, out var value) ? (string)value : "";
}
