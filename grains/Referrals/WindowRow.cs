using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// The properties of a referral's response-window row (R21, R22), beside its deadline in the key: what the owner's
/// insights list for what expires (tenant, name) and the warning given so far, which the desk's tick reads to ask only
/// the referrals a warning is due for (R18).
/// </summary>
public static class WindowRow
{
    private const string WarnedBeforeProperty = "WarnedBeforeTicks";
    private const string OpenedProperty = "OpenedTicks";

    public static Dictionary<string, object> Properties(ReferralState state)
    {
        var properties = new Dictionary<string, object>
        {
            ["ReferralId"] = state.Id,
            ["TenantId"] = state.TenantId,
            ["Name"] = state.Name,
            [OpenedProperty] = state.CreatedAt.UtcTicks,
        };
        if (state.WarnedBefore is { } warned)
        {
            properties[WarnedBeforeProperty] = warned.Ticks;
        }

        return properties;
    }

    /// <summary>When the window opened (the referral was received); the earliest time for a row written before it was kept.</summary>
    public static DateTimeOffset Opened(StoredRow row) =>
        row.Properties.TryGetValue(OpenedProperty, out var ticks)
            ? new DateTimeOffset(Convert.ToInt64(ticks, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero)
            : DateTimeOffset.MinValue;

    /// <summary>The smallest offset the referral was warned at, as its window row mirrors it; null before the first.</summary>
    public static TimeSpan? WarnedBefore(StoredRow row) =>
        row.Properties.TryGetValue(WarnedBeforeProperty, out var ticks)
            ? TimeSpan.FromTicks(Convert.ToInt64(ticks, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}
