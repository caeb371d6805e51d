using System.Globalization;
using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Dialogs;

/// <summary>
/// The receiver's own terms when accepting (R19): the deal as they will work it. Filled from the referral; only what
/// differs from it is sent, so accepting as received changes nothing but the status.
/// </summary>
public sealed class AcceptForm
{
    public string? Name { get; set; }

    /// <summary>As typed: a text field, parsed when sent (the library's number input fetches a script from a CDN).</summary>
    public string? DealValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ClosingDate { get; set; }

    public string? Notes { get; set; }

    public string? CrmId { get; set; }

    public string? CampaignId { get; set; }

    public List<ContactInput> Team { get; set; } = [];

    public static AcceptForm From(Referral referral) => new()
    {
        Name = referral.Name,
        DealValue = referral.Details.DealValue.ToString(CultureInfo.InvariantCulture),
        Currency = referral.Details.Currency,
        ClosingDate = referral.Details.ClosingDate,
        Notes = referral.Details.Notes,
        CrmId = referral.Details.CrmId,
        CampaignId = referral.Details.CampaignId,
        Team = [.. referral.Team.Select(ContactInput.From)],
    };

    /// <summary>The accept as sent; a value that is not a number is refused here, at its field, as the grains would (R41).</summary>
    public AcceptReferralRequest ToRequest(Referral referral)
    {
        var details = referral.Details;
        var value = MoneyText.Parse(DealValue, "details.dealValue");
        var changed = new DealDetailsInput(
            value == details.DealValue ? null : value,
            Blank(Currency) == details.Currency ? null : Blank(Currency),
            ClosingDate == details.ClosingDate ? null : ClosingDate,
            Blank(Notes) == details.Notes ? null : Blank(Notes),
            Blank(CrmId) == details.CrmId ? null : Blank(CrmId),
            Blank(CampaignId) == details.CampaignId ? null : Blank(CampaignId));
        var team = Team.Select(c => c.ToContact()).ToList();
        return new AcceptReferralRequest(
            Name: Blank(Name) == referral.Name ? null : Name,
            Details: changed == new DealDetailsInput() ? null : changed,
            Team: team.SequenceEqual(referral.Team) ? null : team,
            IfMatch: referral.ETag);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
