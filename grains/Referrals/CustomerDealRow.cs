using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// An open referral's row under its customer in its owner's partition (issue 16, point 3): its tenant, name and
/// solutions, so a new deal for the customer finds the owner's open deals with one small range read — a range holding
/// open deals only, however many the customer had before. Written when the referral opens or its tenant, name or
/// solutions change, deleted when it ends or moves. The state records whether its row is stored
/// (<see cref="ReferralState.CustomerRowStored"/>, in the same batch), so a delete never meets a missing row: a referral
/// stored before these rows existed gets its row with its next change, and a row it left marked closed stays filtered out.
/// </summary>
public static class CustomerDealRow
{
    /// <summary>The key of the row <paramref name="state"/> keeps under its customer; null when it keeps none (ended, or no customer).</summary>
    public static string? Key(ReferralState state) =>
        !state.IsTerminal && state.CustomerProfile is { } customer ? RowKeys.CustomerDeal(customer.CustomerId, state.Id) : null;

    /// <summary>What the row holds besides its key: a changed fingerprint rewrites it.</summary>
    public static string Fingerprint(ReferralState state) => $"{state.TenantId}|{state.Name}|{SolutionIds(state)}";

    /// <summary>
    /// The writes that bring the customer row from what <paramref name="stored"/> says is stored (nothing, for a referral
    /// being inserted) to what <paramref name="state"/> needs, recording the outcome on the state (serialize it after).
    /// </summary>
    public static IReadOnlyList<RowWrite> Changes(ReferralState state, StoredShape? stored)
    {
        var key = Key(state);
        var writes = new List<RowWrite>();
        if (stored?.CustomerKey is { } storedKey && storedKey != key)
        {
            writes.Add(RowWrite.Delete(storedKey));
        }

        if (key is not null && (key != stored?.CustomerKey || stored.CustomerFingerprint != Fingerprint(state)))
        {
            writes.Add(RowWrite.Upsert(key, new Dictionary<string, object>
            {
                ["ReferralId"] = state.Id,
                ["TenantId"] = state.TenantId,
                ["Name"] = state.Name,
                ["Open"] = true,
                ["Solutions"] = SolutionIds(state),
            }));
        }

        state.CustomerRowStored = key is not null;
        return writes;
    }

    /// <summary>The open deals among <paramref name="rows"/> (rows an earlier version marked closed are skipped): id, tenant, name and solution ids.</summary>
    public static IEnumerable<OpenCustomerDeal> Open(IEnumerable<StoredRow> rows) => rows
        .Where(r => r.Properties.TryGetValue("Open", out var open) && open is true)
        .Select(r => new OpenCustomerDeal(r.GetString("ReferralId"), r.GetString("TenantId"), r.GetString("Name"),
            r.GetString("Solutions").Split(';', StringSplitOptions.RemoveEmptyEntries)));

    private static string SolutionIds(ReferralState state) => string.Join(';', state.Solutions.Select(s => s.Id));
}
