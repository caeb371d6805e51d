namespace CoSell.Rest;

/// <summary>A referral as the REST gateway returns it (API.md "Referral representation").</summary>
public sealed record ReferralResource
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
    public string? StatusReason { get; init; }
    public required SalesStage SalesStage { get; init; }
    public required int SalesStagePercent { get; init; }
    public required CustomerProfile CustomerProfile { get; init; }
    public required Consent Consent { get; init; }
    public required DetailsResource Details { get; init; }
    public required IReadOnlyList<Contact> Team { get; init; }
    public required IReadOnlyList<Solution> Solutions { get; init; }
    public string? Location { get; init; }
    public InviteContextResource? InviteContext { get; init; }
    public required IReadOnlyList<Participant> Participants { get; init; }
    public required MicrosoftResource Microsoft { get; init; }
    public DateTimeOffset? ExpirationDateTime { get; init; }
    /// <summary>True once the party that must answer was warned that the response window closes soon (R18, R21, R22).</summary>
    public bool ClosingSoon { get; init; }
    /// <summary>On the answer to a create only: a possible duplicate of an open deal, named (issue 16); absent otherwise.</summary>
    public IReadOnlyList<ReferralWarning>? Warnings { get; init; }
    /// <summary>On a co-sell request, for its seller: other partners' open requests for the same customer, ids and status only (issue 16).</summary>
    public IReadOnlyList<RelatedRequest>? OtherRequests { get; init; }
    public required bool Favorite { get; init; }
    /// <summary>Deal registration status (R31), when the deal has been registered.</summary>
    public RegistrationStatus? RegistrationStatus { get; init; }
    public required DateTimeOffset CreatedDateTime { get; init; }
    public required DateTimeOffset UpdatedDateTime { get; init; }
    public required string ETag { get; init; }
}
