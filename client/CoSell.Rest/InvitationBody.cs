namespace CoSell.Rest;

/// <summary>One invitation (R16, R27): a partner id or <c>msft</c> and its terms.</summary>
public sealed class InvitationBody
{
    public string? Invitee { get; set; }

    public string? TenantId { get; set; }

    public DateOnly? ClosingDateTime { get; set; }

    public decimal? DealValue { get; set; }

    public string? Currency { get; set; }

    public string? Notes { get; set; }

    public List<Contact>? Team { get; set; }

    public List<SolutionRefBody>? Solutions { get; set; }

    public HelpType? HelpType { get; set; }
}
