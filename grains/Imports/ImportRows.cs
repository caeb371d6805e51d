using System.Globalization;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Imports;

/// <summary>
/// An import as rows of its owner's partition: the record <c>d|import.{id}</c> (<see cref="ImportJob"/>) and its pages
/// of rows <c>q|import|{id}.{page}</c> (<see cref="ImportPage"/>). The start inserts them all in one batch; each page
/// worked through replaces that page (with its outcomes) and the record (with the progress) in one batch, conditioned on
/// the record's ETag.
/// </summary>
public static class ImportRows
{
    private const string Queue = "import";

    public static string RecordKey(string importId) => RowKeys.Record($"{Queue}.{importId}");

    public static string PageKey(string importId, int page) => RowKeys.Queued(Queue, $"{importId}.{page.ToString("D3", CultureInfo.InvariantCulture)}");

    /// <summary>Every page of the import, in order.</summary>
    public static (string From, string To) Pages(string importId) => (PageKey(importId, 0), RowKeys.Queued(Queue, $"{importId}.~"));

    public static Dictionary<string, object> Record(ImportJob job) => ChunkedJson.Write(job, StoredJson.Options);

    public static ImportJob ReadRecord(StoredRow row) => ChunkedJson.Read<ImportJob>(row, StoredJson.Options);

    public static Dictionary<string, object> Page(ImportPage page) => ChunkedJson.Write(page, StoredJson.Options);

    public static ImportPage ReadPage(StoredRow row) => ChunkedJson.Read<ImportPage>(row, StoredJson.Options);
}
