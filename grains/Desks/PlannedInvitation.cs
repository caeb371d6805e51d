namespace CoSell.Grains.Desks;

/// <summary>
/// A validated invitation, resolved against the directory, ready to become an inbound referral for the invitee
/// (R16, R18). <see cref="ReferralId"/> is deterministic so delivery can be retried safely.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlannedInvitation
{
    [Id(0)] public required string ReferralId { get; init; }
    [Id(1)] public required string InviteeOrganizationId { get; init; }
    [Id(2)] public required string InviteeOrganizationName { get; init; }
    [Id(3)] public required string TenantId { get; init; }
    [Id(4)] public string? SellerId { get; init; }
    [Id(5)] public required HelpType HelpType { get; init; }
    [Id(6)] public string? Notes { get; init; }
    [Id(7)] public required DealDetails Details { get; init; }
    [Id(8)] public required IReadOnlyList<Solution> Solutions { get; init; }
    [Id(9)] public required IReadOnlyList<Contact> InvitingTeam { get; init; }
    [Id(10)] public required IReadOnlyList<string> NotifyEmails { get; init; }
}
