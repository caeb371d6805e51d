namespace CoSell;

/// <summary>
/// Copy a closed referral as a new one (issue 16, point 6: a deal lost or declined by mistake): the same customer,
/// details, team and solutions; optionally a new name, close date (the old one may have passed) or team.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CopyReferralRequest(string? Name = null, DateOnly? ClosingDate = null, IReadOnlyList<Contact>? Team = null);
