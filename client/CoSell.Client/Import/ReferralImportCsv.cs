using System.Globalization;
using CsvHelper;

namespace CoSell.Client.Import;

/// <summary>
/// Reads a referral import's CSV (<see cref="ImportColumns"/>) into rows for <see cref="IReferralImportGrain"/>. What is
/// wrong with the file as a whole (no header, an unknown or repeated column, no <c>crmId</c> column, more than
/// <see cref="ReferralImport.MaxRows"/> rows) is refused naming it; a value that cannot be read (a number, a date, a
/// help type) or a missing or repeated CRM id is that row's problem, reported with the row and its column.
/// </summary>
public static class ReferralImportCsv
{
    /// <summary>Commas only: a detected separator could take the <c>;</c> between solutions for one.</summary>
    private static readonly CsvReaderOptions Options = new() { Separator = ',', TrimWhitespace = true };

    /// <summary>The header line of an empty import file.</summary>
    public static string Template => string.Join(",", ImportColumns.All) + "\n";

    public static IReadOnlyList<ImportRow> Read(TextReader text)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        csv.ReadHeader();
        string[] header = [.. csv.Headers];
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw CoSellException.InvalidRequest("body", $"The CSV has no header row; the first line names the columns: {string.Join(", ", ImportColumns.All)}.");
        }

        var columns = ColumnsOf(header);
        var rows = new List<ImportRow>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (rows.Count == ReferralImport.MaxRows)
            {
                throw CoSellException.InvalidRequest("body", $"An import holds at most {ReferralImport.MaxRows} rows; split the file.");
            }

            var row = ImportRowReader.Read(rows.Count + 1, column => columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index) : null);
            if (row.CrmId is { } crmId && !firstRowOf.TryAdd(crmId, row.Row))
            {
                row = row with { Problem = new ImportProblem(ImportColumns.CrmId, ErrorCode.ValidationFailed.ToWireName(), $"CRM id '{crmId}' repeats row {firstRowOf[crmId]}: each row is one referral.") };
            }

            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            throw CoSellException.InvalidRequest("body", "The CSV has no rows after its header.");
        }

        return rows;
    }

    private static Dictionary<string, int> ColumnsOf(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var column = ImportColumns.All.FirstOrDefault(c => string.Equals(c, header[i].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw CoSellException.InvalidRequest(header[i], $"Column '{header[i]}' is not an import column; the columns are: {string.Join(", ", ImportColumns.All)}.");
            if (!columns.TryAdd(column, i))
            {
                throw CoSellException.InvalidRequest(column, $"Column '{column}' appears twice in the header.");
            }
        }

        return columns.ContainsKey(ImportColumns.CrmId)
            ? columns
            : throw CoSellException.InvalidRequest(ImportColumns.CrmId, "The CSV needs a crmId column: each row's CRM id is its key, so an import run again updates instead of duplicating.");
    }
}
