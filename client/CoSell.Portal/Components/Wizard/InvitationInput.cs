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

    /// <summary>
    /// An invitation to the partner on <paramref name="card"/>, prefilled with the deal's terms; it may carry the
    /// partner's solutions and the deal's (never an assessment type, R17), the first of them chosen.
    /// </summary>
    public static InvitationInput For(PartnerCard card, IEnumerable<Solution> dealSolutions, string? dealValue, string? currency, DateOnly? closingDate)
    {
        List<Solution> offered = [.. card.Solutions.Concat(dealSolutions).Where(s => s.Kind != SolutionKind.SolutionAssessment).DistinctBy(s => s.Id)];
        return new InvitationInput
        {
            PartnerId = card.Id,
            PartnerName = card.Name,
            PartnerSolutions = offered,
            DealValue = dealValue,
            Currency = currency,
            ClosingDate = closingDate,
            Solutions = [.. offered.Take(1).Select(s => s.Id)],
        };
    }

    public InvitationRequest ToRequest(int index) => ToRequest($"invitations[{index}]");

    /// <summary>The request, its amount parsed; a refusal of the amount names <paramref name="field"/>.dealValue.</summary>
    public InvitationRequest ToRequest(string field) => new()
    {
        Invitee = PartnerId,
        DealValue = MoneyText.Parse(DealValue, $"{field}.dealValue"),
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant(),
        ClosingDate = ClosingDate,
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        Solutions = [.. Solutions],
        HelpType = HelpType,
        Team = Team.Count == 0 ? null : [.. Team.Select(c => c.ToContact())],
    };
}
