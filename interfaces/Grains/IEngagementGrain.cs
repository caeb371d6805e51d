namespace CoSell;

/// <summary>All referrals created by one invitation chain (R28), keyed by engagement id. A leaf: it calls no grain.</summary>
public interface IEngagementGrain : IGrainWithStringKey
{
    Task Report(EngagementEntry entry);

    [ReadOnly]
    Task<EngagementView> Get();
}
