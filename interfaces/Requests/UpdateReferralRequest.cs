namespace CoSell;

/// <summary>
/// Edit an accepted referral (R23) and/or mark its sales stage (R24, R29). Null fields are left unchanged.
/// <see cref="IfMatch"/> is the ETag the caller last read (R40).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UpdateReferralRequest
{
    [Id(0)] public string? Name { get; init; }
    [Id(1)] public DealDetailsInput? Details { get; init; }
    [Id(2)] public IReadOnlyList<Contact>? Team { get; init; }
    [Id(3)] public IReadOnlyList<string>? Solutions { get; init; }
    [Id(4)] public SalesStage? SalesStage { get; init; }
    [Id(5)] public string? IfMatch { get; init; }
    /// <summary>A stage in the organization's CRM vocabulary, mapped to a standard stage (R38); instead of <see cref="SalesStage"/>.</summary>
    [Id(6)] public string? CrmStage { get; init; }
    /// <summary>Set the customer contact (R10).</summary>
    [Id(7)] public Contact? CustomerContact { get; init; }
    /// <summary>Set the customer's consent to share contact details with Microsoft (R10).</summary>
    [Id(8)] public Consent? Consent { get; init; }
    /// <summary>
    /// Optional members to remove (a JSON merge patch's <c>null</c>, RFC 7396): <c>details.notes</c>, <c>details.crmId</c>,
    /// <c>details.campaignId</c>, <c>customerProfile.contact</c>. Absent members stay as they are.
    /// </summary>
    [Id(9)] public IReadOnlyList<string>? Remove { get; init; }
}
