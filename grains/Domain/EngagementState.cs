namespace CoSell.Grains.Domain;

/// <summary>
/// An engagement (R28): the latest status of every referral in it, and Microsoft's card derived from
/// Microsoft's referral (requested, engaged, declined, lapsed, won, lost).
/// </summary>
[GenerateSerializer]
public sealed class EngagementState
{
    [Id(0)] public Dictionary<string, EngagementEntry> Entries { get; set; } = [];

    public bool Report(EngagementEntry entry)
    {
        if (Entries.TryGetValue(entry.ReferralId, out var current) && current.Version >= entry.Version)
        {
            return false;
        }

        Entries[entry.ReferralId] = entry;
        return true;
    }

    public EngagementView View(string engagementId)
    {
        var participants = Entries.Values
            .OrderBy(e => e.ReferralId, StringComparer.Ordinal)
            .Select(e => new Participant(e.OrganizationId, e.OrganizationName, e.ReferralId, e.Status, e.Substatus))
            .ToArray();
        // A deal asked again after a decline or lapse (R22): the card shows the latest request, whose id is the longer.
        var microsoft = Entries.Values.Where(e => e.OrganizationId == Organizations.Microsoft)
            .OrderBy(e => e.ReferralId.Length).ThenBy(e => e.ReferralId, StringComparer.Ordinal).LastOrDefault();
        return new EngagementView(engagementId, participants, microsoft is null ? MicrosoftCard.NotInvited : Card(microsoft));
    }

    private static MicrosoftCard Card(EngagementEntry entry) => new(entry.Substatus switch
    {
        Substatus.Received => MicrosoftStatus.Requested,
        Substatus.Accepted => MicrosoftStatus.Engaged,
        Substatus.Declined => MicrosoftStatus.Declined,
        Substatus.Expired => MicrosoftStatus.Lapsed,
        Substatus.Won => MicrosoftStatus.Won,
        _ => MicrosoftStatus.Lost,
    }, entry.SellerId, entry.ReferralId, entry.Colleagues ?? []);
}
