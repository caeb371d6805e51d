namespace CoSell;

/// <summary>
/// One invitation (R16, R27). <see cref="Invitee"/> is a partner id or <c>msft</c>. For a partner, close date
/// (prefilled from the deal when absent), value, currency, at least one solution and a help type are needed;
/// for Microsoft, a help type other than <see cref="HelpType.None"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InvitationRequest
{
    [Id(0)] public string? Invitee { get; init; }
    [Id(1)] public string? TenantId { get; init; }
    [Id(2)] public DateOnly? ClosingDate { get; init; }
    [Id(3)] public decimal? DealValue { get; init; }
    [Id(4)] public string? Currency { get; init; }
    [Id(5)] public string? Notes { get; init; }
    [Id(6)] public IReadOnlyList<Contact>? Team { get; init; }
    [Id(7)] public IReadOnlyList<string>? Solutions { get; init; }
    [Id(8)] public HelpType HelpType { get; init; }
}
