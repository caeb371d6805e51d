namespace CoSell.Grains.Storage;

/// <summary>One write of a batch. Property values are strings, longs, ints, doubles, booleans or DateTimeOffsets.</summary>
public sealed record RowWrite(RowWriteKind Kind, string RowKey, IReadOnlyDictionary<string, object>? Properties = null, string? IfMatch = null)
{
    public static RowWrite Insert(string rowKey, IReadOnlyDictionary<string, object> properties) => new(RowWriteKind.Insert, rowKey, properties);

    public static RowWrite Replace(string rowKey, IReadOnlyDictionary<string, object> properties, string? ifMatch) => new(RowWriteKind.Replace, rowKey, properties, ifMatch);

    public static RowWrite Upsert(string rowKey, IReadOnlyDictionary<string, object> properties) => new(RowWriteKind.Upsert, rowKey, properties);

    public static RowWrite Delete(string rowKey, string? ifMatch = null) => new(RowWriteKind.Delete, rowKey, IfMatch: ifMatch);
}
