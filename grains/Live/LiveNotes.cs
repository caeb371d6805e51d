using CoSell.Grains.Domain;

namespace CoSell.Grains.Live;

/// <summary>
/// Tells the open pages of an engagement's parties that a shared note was stored (one-way, a courtesy like every live
/// change): each party that may read it (a private deal's notes stay its owner's, R7), the author's organization
/// included, so a colleague's open page shows the note too; whose views those are is <see cref="EngagementWatchers"/>.
/// </summary>
public static class LiveNotes
{
    public static void Tell(IGrainFactory grains, EngagementNote note, EngagementView engagement)
    {
        foreach (var (party, owner) in EngagementWatchers.Of(engagement).Where(w => EngagementNotes.IsFor(note, w.Party.OrganizationId)))
        {
            var change = new LiveChange(party.ReferralId, engagement.EngagementId, note.OrganizationId, "", false, default, party.Status, party.Substatus, "", 0,
                false, note.UserId, Note: true);
            _ = grains.GetGrain<ILiveViewFeed>(owner).Changed(change);
        }
    }
}
