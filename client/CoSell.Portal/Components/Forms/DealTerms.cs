namespace CoSell.Portal.Components.Forms;

/// <summary>
/// A deal's own terms as a form edits them (R19, R23): name, value as typed (parsed when sent — the library's number
/// input fetches a script from a CDN), currency, close date, notes, CRM and campaign ids, and team; filled from the
/// referral. Accepting and editing send them differently (what differs, or what changed and what was cleared).
/// </summary>
public abstract class DealTerms
{
    protected DealTerms(Referral referral)
    {
        Name = referral.Name;
        DealValue = MoneyText.Format(referral.Details.DealValue);
        Currency = referral.Details.Currency;
        ClosingDate = referral.Details.ClosingDate;
        Notes = referral.Details.Notes;
        CrmId = referral.Details.CrmId;
        CampaignId = referral.Details.CampaignId;
        Team = [.. referral.Team.Select(ContactInput.From)];
    }

    public string? Name { get; set; }

    public string? DealValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ClosingDate { get; set; }

    public string? Notes { get; set; }

    public string? CrmId { get; set; }

    public string? CampaignId { get; set; }

    public List<ContactInput> Team { get; }

    /// <summary>Blank text is no value; the rest is trimmed.</summary>
    protected static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
