namespace CoSell;

/// <summary>
/// One change in an organization's change feed: the CloudEvent its webhooks carry (R36) with the feed's
/// <see cref="Cursor"/>, a stable, opaque position a consumer resumes after. <see cref="Id"/> names the change (referral,
/// version, event), the same for every delivery of it; <see cref="DataJson"/> is the referral as the REST API shows it to
/// this organization (the whole referral for its owner, a status view for the engagement's other parties, R28).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChangeEvent(
    string Cursor,
    string Id,
    string Type,
    string Source,
    string Subject,
    long ReferralVersion,
    DateTimeOffset Time,
    string DataJson);
