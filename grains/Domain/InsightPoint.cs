namespace CoSell.Grains.Domain;

/// <summary>
/// Where one referral counts in its owner's insights: its tenant (R2), substatus, stage, currency and value. A change
/// that moves the point leaves a delta (<c>InsightRows</c>); the owner desk folds deltas into the running figures.
/// </summary>
public sealed record InsightPoint(string TenantId, Substatus Substatus, SalesStage Stage, string Currency, decimal Value)
{
    /// <summary>The point of <paramref name="state"/>, or null when it counts nowhere (received, declined, expired).</summary>
    public static InsightPoint? Of(ReferralState state) =>
        state.Substatus is Substatus.Accepted or Substatus.Won or Substatus.Lost && state.Details is { } details
            ? new InsightPoint(state.TenantId, state.Substatus, state.SalesStage, details.Currency, details.DealValue)
            : null;
}
