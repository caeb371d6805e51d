using CoSell.Grains.Domain;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A referral's row under its customer in its owner's partition (issue 16, point 3): whether it is open, its tenant,
/// name and solutions, so a new deal for the customer finds the owner's open deals with one small range read. Written
/// (upserted) with every change of the referral — it never fails a batch, and rows of referrals older than it appear
/// with their next change — and marked closed, not deleted, when the referral ends or moves.
/// </summary>
public static class CustomerDealRow
{
    public static RowWrite? Write(ReferralState state, bool open) => state.CustomerProfile is { } customer
        ? RowWrite.Upsert(RowKeys.CustomerDeal(customer.CustomerId, state.Id), new Dictionary<string, object>
        {
            ["ReferralId"] = state.Id,
            ["TenantId"] = state.TenantId,
            ["Name"] = state.Name,
            ["Open"] = open,
            ["Solutions"] = string.Join(';', state.Solutions.Select(s => s.Id)),
        })
        : null;

    /// <summary>The open deals among <paramref name="rows"/>: id, tenant, name and solution ids.</summary>
    public static IEnumerable<OpenCustomerDeal> Open(IEnumerable<StoredRow> rows) => rows
        .Where(r => r.Properties.TryGetValue("Open", out var open) && open is true)
        .Select(r => new OpenCustomerDeal(r.GetString("ReferralId"), r.GetString("TenantId"), r.GetString("Name"),
            r.GetString("Solutions").Split(';', StringSplitOptions.RemoveEmptyEntries)));
}
