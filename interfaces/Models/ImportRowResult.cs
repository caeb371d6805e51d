namespace CoSell;

/// <summary>One row's outcome: its action, the referral it created or updated, the fields an update changes, or its problem.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportRowResult(
    int Row,
    string? CrmId,
    ImportAction Action,
    string? ReferralId = null,
    IReadOnlyList<string>? Changes = null,
    ImportProblem? Problem = null);
