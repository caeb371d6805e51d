namespace CoSell.Grains.Engagements;

/// <summary>
/// All referrals created by one invitation chain (R28), keyed like the referral that started it, and their shared notes
/// (issue 16, point 4). It calls no referral: for notes it asks the directories, tells the parties' outboxes and sets
/// its partition owner's recovery reminder (interleaving), so no call waits on itself.
/// </summary>
public interface IEngagementGrain : IGrainWithStringKey
{
    /// <summary>Record a referral's latest status; returns the engagement as it stands after it.</summary>
    Task<EngagementView> Report(EngagementEntry entry);

    /// <summary>Record several referrals' statuses in one write (a fan-out's receipts); returns the engagement after them.</summary>
    Task<EngagementView> ReportAll(IReadOnlyList<EngagementEntry> entries);

    [ReadOnly]
    Task<EngagementView> Get();

    /// <summary>Append a note (written by a party's referral, which checked its caller) and tell the other parties.</summary>
    Task<EngagementNote> AddNote(EngagementNote note, string referralName);

    /// <summary>The notes <paramref name="organizationId"/> may read, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<EngagementNote>> Notes(string organizationId);

    /// <summary>Desk use (relay recovery): tell the parties of notes a crash left untold.</summary>
    Task FinishNotes();
}
