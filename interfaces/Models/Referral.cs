namespace CoSell;

/// <summary>
/// A referral as its owner sees it (API.md "Referral representation"). <see cref="ETag"/> changes with every
/// change and is checked on update (R40).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Referral
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
    [Id(9)] public string? StatusReason { get; init; }
    [Id(10)] public required SalesStage SalesStage { get; init; }
    [Id(11)] public required int SalesStagePercent { get; init; }
    [Id(12)] public required CustomerProfile CustomerProfile { get; init; }
    [Id(13)] public required Consent Consent { get; init; }
    [Id(14)] public required DealDetails Details { get; init; }
    [Id(15)] public required IReadOnlyList<Contact> Team { get; init; }
    [Id(16)] public required IReadOnlyList<Solution> Solutions { get; init; }
    [Id(17)] public string? Location { get; init; }
    [Id(18)] public InviteContext? InviteContext { get; init; }
    [Id(19)] public required IReadOnlyList<Participant> Participants { get; init; }
    [Id(20)] public required MicrosoftCard Microsoft { get; init; }
    [Id(21)] public DateTimeOffset? ExpirationDateTime { get; init; }
    [Id(22)] public bool Favorite { get; init; }
    [Id(23)] public string? SellerId { get; init; }
    [Id(24)] public required DateTimeOffset CreatedDateTime { get; init; }
    [Id(25)] public required DateTimeOffset UpdatedDateTime { get; init; }
    [Id(26)] public required string ETag { get; init; }
    [Id(27)] public RegistrationStatus? RegistrationStatus { get; init; }
    /// <summary>True once the party that must answer was warned that the response window closes soon (R18, R21, R22).</summary>
    [Id(28)] public bool ClosingSoon { get; init; }
    /// <summary>On the answer to a create only: what the system noticed (a possible duplicate, issue 16); never stored.</summary>
    [Id(29)] public IReadOnlyList<ReferralWarning>? Warnings { get; init; }
    /// <summary>On a co-sell request, for its seller: other partners' open requests for the same customer (ids and status only).</summary>
    [Id(30)] public IReadOnlyList<RelatedRequest>? OtherRequests { get; init; }
}
