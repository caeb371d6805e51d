using System.Globalization;
using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// The insight deltas of an owner's partition: a change that moves a referral's <see cref="InsightPoint"/> writes a row
/// <c>q|insight|{referralId}.{version}</c> (before and after) in its own transaction; the owner desk folds the rows into
/// the running figures (<c>d|insights</c>) and deletes them in one batch, so each move counts exactly once.
/// </summary>
public static class InsightRows
{
    public const string Queue = "insight";

    public static readonly string RecordKey = RowKeys.Record("insights");

    public static (string From, string To) All => RowKeys.Queue(Queue);

    /// <summary>The delta of a change of <paramref name="state"/> from <paramref name="before"/>, or null when its point did not move.</summary>
    public static RowWrite? Delta(ReferralState state, InsightPoint? before)
    {
        var after = InsightPoint.Of(state);
        if (before == after)
        {
            return null;
        }

        var key = RowKeys.Queued(Queue, string.Create(CultureInfo.InvariantCulture, $"{state.Id}.{state.Version:D19}"));
        // A new key per version: inserted, as every row a change creates (the batch's state-row condition guards repeats).
        return RowWrite.Insert(key, new Dictionary<string, object>
        {
            ["Before"] = before is null ? "" : StoredJson.Serialize(before),
            ["After"] = after is null ? "" : StoredJson.Serialize(after),
        });
    }

    /// <summary>The delta of a referral leaving this partition (an Operator moved it to another seller): its point goes.</summary>
    public static RowWrite? Removal(ReferralState state, InsightPoint? before) => before is null
        ? null
        : RowWrite.Insert(RowKeys.Queued(Queue, string.Create(CultureInfo.InvariantCulture, $"{state.Id}.{state.Version:D19}.moved")),
            new Dictionary<string, object> { ["Before"] = StoredJson.Serialize(before), ["After"] = "" });

    public static (InsightPoint? Before, InsightPoint? After) Read(StoredRow row) => (Point(row.GetString("Before")), Point(row.GetString("After")));

    public static Dictionary<string, object> Record(InsightFigures figures) => new() { ["Figures"] = StoredJson.Serialize(figures) };

    public static InsightFigures ReadRecord(StoredRow row) => StoredJson.Deserialize<InsightFigures>(row.GetString("Figures"));

    private static InsightPoint? Point(string json) => json.Length == 0 ? null : StoredJson.Deserialize<InsightPoint>(json);
}
