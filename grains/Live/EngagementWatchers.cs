namespace CoSell.Grains.Live;

/// <summary>
/// Whose live views hear of an engagement (R28): each partner party's own, and on Microsoft's side the views of the
/// seller holding the latest request (the Microsoft card's) and of the colleagues working it (R22). One rule for a
/// referral's changes and for shared notes.
/// </summary>
public static class EngagementWatchers
{
    /// <summary>Each watching owner key, with the party of the engagement it watches for.</summary>
    public static IEnumerable<(Participant Party, string Owner)> Of(EngagementView engagement) =>
        engagement.Participants.SelectMany(party => party.OrganizationId != Organizations.Microsoft
            ? [(party, ReferralKeys.Owner(party.OrganizationId, null))]
            : IsLatestRequest(engagement.Microsoft, party)
                ? Sellers(engagement.Microsoft).Select(seller => (party, ReferralKeys.Owner(Organizations.Microsoft, seller)))
                : []);

    /// <summary>An earlier request asked of Microsoft (before asking again) is watched through the latest one's sellers.</summary>
    private static bool IsLatestRequest(MicrosoftCard card, Participant party) => card.ReferralId is null || card.ReferralId == party.ReferralId;

    private static IEnumerable<string?> Sellers(MicrosoftCard card) => [card.SellerId, .. (card.Colleagues ?? []).Select(c => c.SellerId)];
}
