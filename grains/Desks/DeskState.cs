using CoSell.Grains.Domain;

namespace CoSell.Grains.Desks;

/// <summary>The stored state of a partner's or seller's desk.</summary>
[GenerateSerializer]
public sealed class DeskState
{
    [Id(0)] public PartnerProfile? Partner { get; set; }
    [Id(1)] public SellerProfile? Seller { get; set; }
    /// <summary>
    /// Each user's favorites (R32). Its referrals are empty: summaries live in <see cref="ReferralIndexPages"/>, and a
    /// desk stored before that moves them there when it activates.
    /// </summary>
    [Id(2)] public ReferralIndex Index { get; set; } = new();
    /// <summary>Most recent first (R12).</summary>
    [Id(3)] public List<Contact> RecentContacts { get; set; } = [];
    [Id(4)] public List<PendingFanOut> Pending { get; set; } = [];
    /// <summary>Linked tenants (R2).</summary>
    [Id(5)] public TenantLinks TenantLinks { get; set; } = new();
    /// <summary>How this organization answers inbound referrals (R37).</summary>
    [Id(7)] public Responsiveness Responsiveness { get; set; } = new();
    /// <summary>CRM stage name → standard stage (R38).</summary>
    [Id(6)] public Dictionary<string, SalesStage> StageMappings { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Every team contact's address this organization named on its referrals (lower case): its admins may opt them out (R34).</summary>
    [Id(8)] public HashSet<string> KnownAddresses { get; set; } = [];
}
