using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Dialogs;

/// <summary>
/// An accepted referral as the edit dialog changes it (R23): every field as typed, and the update that sends only
/// what changed — cleared optional fields as removals (a JSON merge patch's nulls), the rest as new values — so an
/// edit never rewrites what the person did not touch.
/// </summary>
public sealed class DealEdit : DealTerms
{
    private readonly Referral _original;

    public DealEdit(Referral referral)
        : base(referral)
    {
        _original = referral;
        Solutions = [.. referral.Solutions.Select(s => s.Id)];
        CustomerContact = referral.CustomerProfile.Contact is { } contact ? ContactInput.From(contact) : new ContactInput();
        Consent = referral.Consent.ConsentToShareInfoWithMicrosoft;
    }

    public HashSet<string> Solutions { get; }

    public ContactInput CustomerContact { get; }

    public bool Consent { get; set; }

    /// <summary>The update for what changed, with the ETag read (R40); null when nothing did.</summary>
    public UpdateReferralRequest? ToRequest()
    {
        var details = _original.Details;
        var remove = new List<string>();
        var notes = Optional(Notes, details.Notes, "details.notes", remove);
        var crmId = Optional(CrmId, details.CrmId, "details.crmId", remove);
        var campaignId = Optional(CampaignId, details.CampaignId, "details.campaignId", remove);
        var value = MoneyText.Parse(DealValue, "details.dealValue");
        var currency = Blank(Currency)?.ToUpperInvariant();
        var detailsChanged = value != details.DealValue || currency != details.Currency || ClosingDate != details.ClosingDate
            || notes is not null || crmId is not null || campaignId is not null;

        var team = Team.Select(c => c.ToContact()).ToList();
        var contact = IsBlank(CustomerContact) ? null : CustomerContact.ToContact();
        if (contact is null && _original.CustomerProfile.Contact is not null)
        {
            remove.Add("customerProfile.contact");
        }

        var request = new UpdateReferralRequest
        {
            Name = Name?.Trim() == _original.Name ? null : Name?.Trim() ?? "",
            Details = detailsChanged ? new DealDetailsInput(value, currency, ClosingDate, notes, crmId, campaignId) : null,
            Team = team.SequenceEqual(_original.Team) ? null : team,
            Solutions = Solutions.SetEquals(_original.Solutions.Select(s => s.Id)) ? null : [.. Solutions],
            CustomerContact = contact is not null && contact != _original.CustomerProfile.Contact ? contact : null,
            Consent = Consent == _original.Consent.ConsentToShareInfoWithMicrosoft ? null : new Consent(Consent),
            Remove = remove.Count == 0 ? null : remove,
            IfMatch = _original.ETag,
        };
        return request with { IfMatch = null } == new UpdateReferralRequest() ? null : request;
    }

    /// <summary>A changed optional text: its new value, or null when unchanged; cleared ones are added to <paramref name="remove"/>.</summary>
    private static string? Optional(string? typed, string? stored, string path, List<string> remove)
    {
        var value = Blank(typed);
        if (value is null && stored is not null)
        {
            remove.Add(path);
        }

        return value == stored ? null : value;
    }

    private static bool IsBlank(ContactInput contact) =>
        string.IsNullOrWhiteSpace(contact.FirstName) && string.IsNullOrWhiteSpace(contact.LastName)
        && string.IsNullOrWhiteSpace(contact.PhoneNumber) && string.IsNullOrWhiteSpace(contact.Email);
}
