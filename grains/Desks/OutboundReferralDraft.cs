namespace CoSell.Grains.Desks;

/// <summary>A validated create (R9–R17): everything the new outbound referral and its invitations need.</summary>
[GenerateSerializer, Immutable]
public sealed record OutboundReferralDraft
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string OrganizationId { get; init; }
    [Id(2)] public required string OrganizationName { get; init; }
    [Id(3)] public required string TenantId { get; init; }
    [Id(4)] public string? SellerId { get; init; }
    [Id(5)] public required string Name { get; init; }
    [Id(6)] public required CustomerProfile CustomerProfile { get; init; }
    [Id(7)] public required Consent Consent { get; init; }
    [Id(8)] public required DealDetails Details { get; init; }
    [Id(9)] public required IReadOnlyList<Contact> Team { get; init; }
    [Id(10)] public required IReadOnlyList<Solution> Solutions { get; init; }
    [Id(11)] public string? Location { get; init; }
    [Id(12)] public required DealType DealType { get; init; }
    [Id(13)] public required IReadOnlyList<PlannedInvitation> Invitations { get; init; }
    [Id(14)] public required string CreatedByUserId { get; init; }
    /// <summary>The create request's fingerprint when it came with an idempotency key (R40): a reuse with another body is a conflict.</summary>
    [Id(15)] public string? RequestFingerprint { get; init; }
    /// <summary>The closed referral this one copies (issue 16), for its history.</summary>
    [Id(16)] public string? CopyOf { get; init; }
}
