namespace CoSell.Grains.Storage;

/// <summary>
/// A view row (R32, R33): the referral's summary as JSON, and the properties a view filters on most (tenant for R2,
/// direction) as columns of their own, so a store can filter on them server-side.
/// </summary>
public static class ReferralViewRow
{
    public static Dictionary<string, object> Properties(ReferralSummary summary, string summaryJson) => new()
    {
        ["Summary"] = summaryJson,
        ["TenantId"] = summary.TenantId,
        ["Direction"] = summary.Direction.ToString(),
    };

    public static ReferralSummary Read(StoredRow row) => StoredJson.Deserialize<ReferralSummary>(row.GetString("Summary"));
}
