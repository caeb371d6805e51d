using System.CommandLine;
using CoSell.Cli.Output;
using CoSell.Client.Export;
using CoSell.Client.Import;

namespace CoSell.Cli.Commands;

/// <summary>
/// <c>cosell export</c>: a view and its filters as CSV on stdout (up to 5,000 rows, as GET /v1/referrals/export);
/// <c>cosell import</c>: CSV rows created or updated by CRM id, with progress on stderr and each row's outcome.
/// </summary>
public static class BulkCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Export();
        yield return Import();
        yield return ImportTemplate();
    }

    private static Command Export()
    {
        var direction = new Option<ReferralDirection?>("--direction") { Description = "Incoming or Outgoing (default both)." };
        var favorites = new Option<bool>("--favorites") { Description = "Only your favorites." };
        var status = new Option<ReferralStatus?>("--status");
        var substatus = new Option<Substatus?>("--substatus");
        var stage = new Option<SalesStage?>("--stage");
        var columns = new Option<string[]>("--column")
        {
            Description = $"A column, repeatable: {string.Join(", ", ReferralColumn.All.Select(c => c.Id))} (default: the screen's).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("export", $"Export a view as CSV on stdout, up to {ReferralCsv.MaxRows} rows.") { direction, favorites, status, substatus, stage, columns };
        command.SetClusterAction(async (r, s, json) =>
        {
            var shown = ReferralColumn.Parse(r.GetValue(columns) ?? [], "column");
            var query = new ReferralQuery
            {
                Direction = r.GetValue(direction),
                Favorites = r.GetValue(favorites),
                Status = r.GetValue(status),
                Substatus = r.GetValue(substatus),
                SalesStage = r.GetValue(stage),
                Top = ReferralQuery.MaxTop,
            };
            await using var stdout = Console.OpenStandardOutput();
            var (rows, more) = await ReferralCsv.StreamAsync(s.Client, s.Actor, token => query with { ContinuationToken = token },
                shown, stdout);
            await Console.Error.WriteLineAsync(more ? $"exported the first {rows} referrals (the most one export holds)" : $"exported {rows} referrals");
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = $"The CSV (up to {ReferralImport.MaxRows} rows; its columns: cosell import-template)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only check every row and say what the import would do; store nothing." };
        var command = new Command("import", "Create or update referrals from CSV rows keyed by CRM id; exits 2 when a row failed.") { file, dryRun };
        command.SetClusterAction(async (r, s, json) =>
        {
            var path = r.GetValue(file)!;
            IReadOnlyList<ImportRow> rows;
            using (var text = path.OpenText())
            {
                rows = ReferralImportCsv.Read(text);
            }

            var started = await s.Client.StartImport(s.Actor, rows, r.GetValue(dryRun));
            var shown = -1;
            var done = await s.Client.WaitAsync(s.Actor, started.Id, TimeSpan.FromMilliseconds(500), new Progress<ReferralImport>(i =>
            {
                if (i.Processed != shown)
                {
                    shown = i.Processed;
                    Console.Error.WriteLine($"{(i.DryRun ? "checked" : "imported")} {i.Processed} of {i.Total} rows");
                }
            }));
            if (json)
            {
                Print.Json(done);
            }
            else
            {
                var table = new Table("Row", "CRM id", "Action", "Referral", "Column", "Detail");
                foreach (var row in done.Rows)
                {
                    table.Add(row.Row, row.CrmId, row.Action, row.ReferralId, row.Problem?.Column, row.Problem?.Message ?? string.Join(", ", row.Changes ?? []));
                }

                table.Write(Console.Out);
            }

            var verb = done.DryRun ? "would create" : "created";
            Console.Error.WriteLine($"import {done.Id}: {verb} {done.Created}, {(done.DryRun ? "would update" : "updated")} {done.Updated}, unchanged {done.Unchanged}, failed {done.Failed}");
            if (done.Failed > 0)
            {
                throw CoSellException.Validation("rows", $"{done.Failed} of {done.Total} rows cannot be imported; each names its row and column above.");
            }
        });
        return command;
    }

    private static Command ImportTemplate()
    {
        var command = new Command("import-template", "Print the header line of an import file: every column it may have.");
        command.SetAction(_ => Console.Out.Write(ReferralImportCsv.Template));
        return command;
    }
}
