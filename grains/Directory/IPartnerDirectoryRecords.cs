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

    /// <summary>
    /// A partner's answer figures changed (R37). One-way: the desk's own record is the truth and this is its copy for
    /// ranking, so the desk never waits on the directory — in particular not while its silo stops, when the directory
    /// may have nowhere left to activate and a call would hold the desk's deactivation until the silo's stop times out.
    /// A report that arrives after a newer one (no more answers counted) is ignored.
    /// </summary>
    [OneWay]
    Task ReportResponsiveness(string partnerId, ResponsivenessStats stats);
}
