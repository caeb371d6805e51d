namespace CoSell;

/// <summary>A partner organization, keyed by partner id (R1, R2, R8, R12).</summary>
public interface IPartnerGrain : IReferralDesk
{
    /// <summary>Operator: register or update the partner in the co-sell ecosystem.</summary>
    Task<PartnerProfile> Register(Actor actor, PartnerProfile profile);

    [AlwaysInterleave]
    Task<PartnerProfile?> GetProfile();

    /// <summary>PartnerAdmin: link another tenant of this partner with the caller's tenant (R2); returns the linked group.</summary>
    Task<IReadOnlyList<string>> LinkTenant(Actor actor, string tenantId);

    /// <summary>PartnerAdmin: unlink a tenant from the group it is in (R2); returns the caller's linked group afterwards.</summary>
    Task<IReadOnlyList<string>> UnlinkTenant(Actor actor, string tenantId);

    /// <summary>PartnerAdmin: replace the CRM stage vocabulary (R38).</summary>
    Task<IReadOnlyDictionary<string, SalesStage>> SetStageMappings(Actor actor, IReadOnlyDictionary<string, SalesStage> mappings);

    /// <summary>CRM stage name → standard stage (R38). Interleaves: referrals ask it while the desk may be waiting on them.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyDictionary<string, SalesStage>> GetStageMappings();

    /// <summary>The tenants whose inboxes the caller sees: its own and those linked with it (R2).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetVisibleTenants(Actor actor);

    /// <summary>Contacts this partner used recently, most recent first (R12).</summary>
    [ReadOnly]
    Task<IReadOnlyList<Contact>> GetRecentContacts(Actor actor);
}
