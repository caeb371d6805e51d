namespace CoSell.Grains.Imports;

/// <summary>A page of an import's rows as stored, with their outcomes once the page was worked through.</summary>
public sealed record ImportPage(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportRowResult>? Results = null)
{
    /// <summary>Rows per page: each page's outcomes and the job's progress are one write, so progress moves this many rows at a time.</summary>
    public const int Size = 25;
}
