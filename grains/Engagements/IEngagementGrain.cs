namespace CoSell.Grains.Engagements;

/// <summary>All referrals created by one invitation chain (R28), keyed by engagement id. A leaf: it calls no grain.</summary>
public interface IEngagementGrain : IGrainWithStringKey
{
    /// <summary>Record a referral's latest status; returns the engagement as it stands after it.</summary>
    Task<EngagementView> Report(EngagementEntry entry);

    /// <summary>Record several referrals' statuses in one write (a fan-out's receipts); returns the engagement after them.</summary>
    Task<EngagementView> ReportAll(IReadOnlyList<EngagementEntry> entries);

    [ReadOnly]
    Task<EngagementView> Get();
}
