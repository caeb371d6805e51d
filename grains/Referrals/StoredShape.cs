using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// What a referral's state puts in its partition besides the state row, as last written: the view row's key, the
/// window row's key and the warning it mirrors, the insight point, and the customer row's key and fingerprint (null
/// when none is stored). A change compares the new shape with the stored one to write only the rows that move.
/// </summary>
public sealed record StoredShape(string ViewKey, string? WindowKey, TimeSpan? WarnedBefore, InsightPoint? InsightPoint, string? CustomerKey, string? CustomerFingerprint)
{
    public static StoredShape Of(ReferralState state) =>
        new(
            RowKeys.View(state.UpdatedAt, state.Id),
            state.Direction == ReferralDirection.Incoming && state.Substatus == Substatus.Received && state.ExpirationDateTime is { } deadline
                ? RowKeys.Window(deadline, state.Id)
                : null,
            state.WarnedBefore,
            InsightPoint.Of(state),
            state.CustomerRowStored ? CustomerDealRow.Key(state) : null,
            state.CustomerRowStored ? CustomerDealRow.Fingerprint(state) : null);
}
