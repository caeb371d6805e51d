using System.CommandLine;
using CoSell.Client.Export;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell export</c>: a view and its filters as CSV on stdout (up to 5,000 rows, as GET /v1/referrals/export).</summary>
public static class BulkCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Export();
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
}
