namespace CoSell;

/// <summary>Create an outbound referral (R9–R17).</summary>
[GenerateSerializer, Immutable]
public sealed record CreateReferralRequest
{
    [Id(0)] public string? Name { get; init; }
    [Id(1)] public CustomerInput? Customer { get; init; }
    [Id(2)] public Consent? Consent { get; init; }
    [Id(3)] public DealDetailsInput? Details { get; init; }
    [Id(4)] public IReadOnlyList<Contact>? Team { get; init; }
    [Id(5)] public IReadOnlyList<string>? Solutions { get; init; }
    /// <summary>Country (ISO 3166-1 alpha-2); required for solution assessments (R17).</summary>
    [Id(6)] public string? Location { get; init; }
    [Id(7)] public IReadOnlyList<InvitationRequest>? Invitations { get; init; }
    /// <summary>Set by a referral copying itself as new (issue 16): the closed referral this one is a copy of, named in its history.</summary>
    [Id(8)] public string? CopyOf { get; init; }
}
