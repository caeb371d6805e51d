namespace CoSell;

/// <summary>
/// A referral's entry in an organization's views (R32, R33): enough to list and filter it without
/// activating the referral grain. <see cref="Version"/> orders updates so a late one never overwrites a newer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string EngagementId { get; init; }
    [Id(2)] public required string OrganizationId { get; init; }
    [Id(3)] public required string TenantId { get; init; }
    [Id(4)] public required string Name { get; init; }
    [Id(5)] public required ReferralDirection Direction { get; init; }
    [Id(6)] public required DealType DealType { get; init; }
    [Id(7)] public required ReferralStatus Status { get; init; }
    [Id(8)] public required Substatus Substatus { get; init; }
    [Id(9)] public required SalesStage SalesStage { get; init; }
    [Id(10)] public required string CustomerName { get; init; }
    [Id(11)] public required decimal DealValue { get; init; }
    [Id(12)] public required string Currency { get; init; }
    [Id(13)] public string? InvitedByOrganizationId { get; init; }
    [Id(14)] public DateTimeOffset? ExpirationDateTime { get; init; }
    [Id(15)] public string? SellerId { get; init; }
    [Id(16)] public required DateTimeOffset UpdatedDateTime { get; init; }
    [Id(17)] public required long Version { get; init; }
    [Id(18)] public bool Favorite { get; init; }
    [Id(19)] public DateTimeOffset CreatedDateTime { get; init; }
    [Id(20)] public RegistrationStatus? RegistrationStatus { get; init; }
    /// <summary>True once the party that must answer was warned that the response window closes soon (R18, R21, R22).</summary>
    [Id(21)] public bool ClosingSoon { get; init; }
}
