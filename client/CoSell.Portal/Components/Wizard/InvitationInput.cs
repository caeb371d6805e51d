using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Wizard;

/// <summary>One partner invited from the wizard (R16): the terms offered to that partner, prefilled from the deal.</summary>
public sealed class InvitationInput
{
    public required string PartnerId { get; init; }

    public required string PartnerName { get; init; }

    /// <summary>The solutions this invitation may carry: the partner's own and the deal's.</summary>
    public IReadOnlyList<Solution> PartnerSolutions { get; init; } = [];

    public string? DealValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ClosingDate { get; set; }

    public string? Notes { get; set; }

    public HashSet<string> Solutions { get; set; } = [];

    public HelpType HelpType { get; set; } = HelpType.GeneralOrOther;

    public List<ContactInput> Team { get; set; } = [];

    public InvitationRequest ToRequest(int index) => new()
    {
        Invitee = PartnerId,
        DealValue = MoneyText.Parse(DealValue, $"invitations[{index}].dealValue"),
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant(),
        ClosingDate = ClosingDate,
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        Solutions = [.. Solutions],
        HelpType = HelpType,
        Team = Team.Count == 0 ? null : [.. Team.Select(c => c.ToContact())],
    };
}
