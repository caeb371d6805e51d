using CoSell.Grains.Domain;

namespace CoSell.Grains.Desks;

/// <summary>
/// The stored state of a partner's or seller's desk: its profile and settings. Its referrals, views, favorites,
/// windows, responsiveness figures and unfinished deliveries are rows in its partition. Ids 2, 4 and 7 held the
/// in-memory index, the pending fan-outs and the figures; they are not reused.
/// </summary>
[GenerateSerializer]
public sealed class DeskState
{
    [Id(0)] public PartnerProfile? Partner { get; set; }
    [Id(1)] public SellerProfile? Seller { get; set; }
    /// <summary>Most recent first (R12), as kept before contacts became rows (<see cref="ContactRows"/>): read, no longer written.</summary>
    [Id(3)] public List<Contact> RecentContacts { get; set; } = [];
    /// <summary>Linked tenants (R2).</summary>
    [Id(5)] public TenantLinks TenantLinks { get; set; } = new();
    /// <summary>CRM stage name → standard stage (R38).</summary>
    [Id(6)] public Dictionary<string, SalesStage> StageMappings { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>
    /// Every team contact's address this organization named on its referrals (lower case), as kept before contacts became
    /// rows (<see cref="ContactRows"/>): its admins may opt them out (R34). Read, no longer written.
    /// </summary>
    [Id(8)] public HashSet<string> KnownAddresses { get; set; } = [];
    /// <summary>On the fallback queue: who is mailed when a request lands there (R4).</summary>
    [Id(9)] public QueueOwners? QueueOwners { get; set; }
}
