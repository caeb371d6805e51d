namespace CoSell.Rest;

/// <summary>A referral in a list: what the views index holds (R32, R33).</summary>
public sealed record ReferralSummaryResource
{
    public required string Id { get; init; }
    public required string EngagementId { get; init; }
    public required string OrganizationId { get; init; }
    public required string TenantId { get; init; }
    public required string Name { get; init; }
    public required ReferralDirection Direction { get; init; }
    public required DealType DealType { get; init; }
    public required ReferralStatus Status { get; init; }
    public required Substatus Substatus { get; init; }
    public required SalesStage SalesStage { get; init; }
    public required int SalesStagePercent { get; init; }
    public required string CustomerName { get; init; }
    public required decimal DealValue { get; init; }
    public required string Currency { get; init; }
    public string? InvitedByOrganizationId { get; init; }
    public DateTimeOffset? ExpirationDateTime { get; init; }
    /// <summary>True once the party that must answer was warned that the response window closes soon (R18, R21, R22).</summary>
    public bool ClosingSoon { get; init; }
    public string? SellerId { get; init; }
    public required bool Favorite { get; init; }
    public required DateTimeOffset UpdatedDateTime { get; init; }
    public required string ETag { get; init; }
}
