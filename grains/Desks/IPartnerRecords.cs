namespace CoSell.Grains.Desks;

/// <summary>
/// What other grains look up in a partner's records (its tenant links and the addresses its desk knows);
/// not part of the client contract (<see cref="IPartnerGrain"/>).
/// </summary>
public interface IPartnerRecords : IGrainWithStringKey
{
    /// <summary>
    /// Referral use: whether a user of <paramref name="tenantId"/> (a tenant of this partner) sees what lands in
    /// <paramref name="inboxTenantId"/> (R2). Interleaves: referrals ask it while the desk may be waiting on them.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> SharesInbox(string tenantId, string inboxTenantId);

    /// <summary>Whether <paramref name="email"/> is this partner's: a referral admin or a team contact it named (R34 opt-out).</summary>
    [AlwaysInterleave]
    Task<bool> KnowsAddress(string email);
}
