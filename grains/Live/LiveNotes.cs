using CoSell.Grains.Domain;

namespace CoSell.Grains.Live;

/// <summary>
/// Tells the open pages of an engagement's parties that a shared note was stored (one-way, a courtesy like every live
/// change): each party that may read it (a private deal's notes stay its owner's, R7), the author's organization
/// included, so a colleague's open page shows the note too. Microsoft's side is told through the seller of the latest
/// request and the colleagues working it (R22).
/// </summary>
public static class LiveNotes
{
    public static void Tell(IGrainFactory grains, EngagementNote note, EngagementView engagement)
    {
        foreach (var party in engagement.Participants.Where(p => EngagementNotes.IsFor(note, p.OrganizationId)))
        {
            var microsoft = party.OrganizationId == Organizations.Microsoft;
            if (microsoft && (party.ReferralId != engagement.Microsoft.ReferralId || engagement.Microsoft.SellerId is null))
            {
                continue;
            }

            var change = new LiveChange(party.ReferralId, engagement.EngagementId, note.OrganizationId, "", false, default, party.Status, party.Substatus, "", 0,
                false, note.UserId, Note: true);
            IEnumerable<string?> sellers = microsoft ? [engagement.Microsoft.SellerId, .. (engagement.Microsoft.Colleagues ?? []).Select(c => c.SellerId)] : [null];
            foreach (var seller in sellers)
            {
                _ = grains.GetGrain<ILiveViewFeed>(ReferralKeys.Owner(party.OrganizationId, seller)).Changed(change);
            }
        }
    }
}
