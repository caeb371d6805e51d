namespace CoSell;

/// <summary>
/// One entry of an engagement's shared notes (issue 16, point 4; the source page: notes as the record of discussion
/// between Microsoft sellers and partners): who wrote it, for which organization, when, and what. Append-only.
/// <see cref="Audience"/>: the organizations that may read it when written on a private deal (its owner only); null
/// for every party of the engagement.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EngagementNote(
    string Id,
    DateTimeOffset At,
    string OrganizationId,
    string OrganizationName,
    string UserId,
    string Text,
    IReadOnlyList<string>? Audience = null);
