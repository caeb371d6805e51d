using System.Globalization;
using System.Text;
using CoSell.Client.Export;
using CoSell.Client.Import;

namespace CoSell.Bench;

/// <summary>
/// Bulk (issue 15, point 2): <c>import</c> — files of CSV rows (1,000 per file) read, started and followed to the end
/// into one partner with no referrals of its own — then <c>export</c> — that partner's outbound view streamed as CSV,
/// up to the 5,000 rows one export holds. One operation is one file, or one whole export.
/// </summary>
public static class BulkWorkloads
{
    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(string storage, BenchSize size, BenchCluster cluster, StorageCounters counters, TextWriter progress)
    {
        // On Azurite one file: the emulator reads a whole partition for every point read (README "One organization's
        // history"), so five files into one partition took half an hour there; one file measures the same path.
        var (files, rowsPerFile) = size == BenchSize.Tiny ? (2, 50)
            : storage == "azurite" ? (1, ReferralImport.MaxRows) : (ReferralCsv.MaxRows / ReferralImport.MaxRows, ReferralImport.MaxRows);
        var importer = BenchCluster.Admin(BenchCluster.PartnerId(BenchCluster.Partners - 2));
        var client = cluster.Client;
        var import = await Workload.RunAsync(storage, "import", files, 1, counters, async file =>
        {
            var rows = ReferralImportCsv.Read(new StringReader(Csv(file, rowsPerFile)));
            var started = await client.StartImport(importer, rows, dryRun: false);
            var done = await client.WaitAsync(importer, started.Id, TimeSpan.FromMilliseconds(20));
            if (done.Created != rowsPerFile)
            {
                throw CoSellException.Conflict("import", $"import {file} created {done.Created} of {rowsPerFile}: {done.Rows.FirstOrDefault(r => r.Problem is not null)?.Problem}");
            }
        }, progress);

        var query = new ReferralQuery { Direction = ReferralDirection.Outgoing, Top = ReferralQuery.MaxTop };
        var export = await Workload.RunAsync(storage, "export", size == BenchSize.Tiny ? 1 : 3, 1, counters, async _ =>
        {
            var (rows, _) = await ReferralCsv.StreamAsync(client, importer, token => query with { ContinuationToken = token }, ReferralColumn.Defaults, Stream.Null);
            if (rows < Math.Min(files * rowsPerFile, ReferralCsv.MaxRows))
            {
                throw CoSellException.Conflict("export", $"exported {rows} rows of {files * rowsPerFile}");
            }
        }, progress);
        return [import, export];
    }

    private static string Csv(long file, int rows)
    {
        var csv = new StringBuilder("crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone\n");
        var closing = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var row = 0; row < rows; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"BENCH-{file}-{row},Imported {file}.{row},c-bench,{1000 + row},USD,{closing},sol-bench,Bo,Ng,bo@fabrikam.example,+12065550101\n");
        }

        return csv.ToString();
    }
}
