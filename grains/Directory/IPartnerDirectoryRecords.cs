namespace CoSell.Grains.Directory;

/// <summary>
/// How partner grains keep the directory current, and how grains look partners up
/// (<see cref="IPartnerDirectoryGrain"/> is what callers may search).
/// </summary>
public interface IPartnerDirectoryRecords : IGrainWithStringKey
{
    /// <summary>Record a partner; a tenant another partner owns is rejected naming <c>tenants[i].id</c> (R2).</summary>
    Task Upsert(PartnerProfile profile);

    [ReadOnly]
    Task<IReadOnlyList<PartnerProfile>> Get(IReadOnlyList<string> partnerIds);

    Task ReportResponsiveness(string partnerId, ResponsivenessStats stats);
}
