namespace CoSell.Grains.Storage;

/// <summary>One page of a partition query; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record RowPage(IReadOnlyList<StoredRow> Rows, string? Continuation);
