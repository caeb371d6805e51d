using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Dialogs;

/// <summary>
/// The receiver's own terms when accepting (R19): the deal as they will work it. Filled from the referral; only what
/// differs from it is sent, so accepting as received changes nothing but the status.
/// </summary>
public sealed class AcceptForm(Referral referral) : DealTerms(referral)
{
    public static AcceptForm From(Referral referral) => new(referral);

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
}
