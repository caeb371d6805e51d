namespace CoSell.Grains.Desks;

/// <summary>What an invited party's new inbound referral starts from (R18).</summary>
[GenerateSerializer, Immutable]
public sealed record InboundReferralDraft
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string EngagementId { get; init; }
    [Id(2)] public required string OrganizationId { get; init; }
    [Id(3)] public required string OrganizationName { get; init; }
    [Id(4)] public required string TenantId { get; init; }
    [Id(5)] public string? SellerId { get; init; }
    [Id(6)] public required string Name { get; init; }
    [Id(7)] public required DealType DealType { get; init; }
    [Id(8)] public required CustomerProfile CustomerProfile { get; init; }
    [Id(9)] public required Consent Consent { get; init; }
    [Id(10)] public required DealDetails Details { get; init; }
    [Id(11)] public required IReadOnlyList<Solution> Solutions { get; init; }
    [Id(12)] public string? Location { get; init; }
    [Id(13)] public required InviteContext InviteContext { get; init; }
    [Id(14)] public required IReadOnlyList<string> NotifyEmails { get; init; }
}
