namespace CoSell;

/// <summary>
/// A stored referral change, told to the front-ends watching its owner's views (<see cref="ILiveViewGrain"/>): enough
/// to decide what to read again, never the referral itself — a front-end reads that through the grains, authorized.
/// <see cref="Own"/>: the watched owner's own referral (its tenant is <see cref="TenantId"/>); otherwise another party
/// of one of its engagements changed (R28), and only the engagement and that party's status are told.
/// <see cref="ChangedBy"/>: the user whose action it was, for the owner's own changes (a page need not announce a
/// person's own action to them); empty for another party's. <see cref="Warning"/>: the change is a warning that the
/// owner's window to answer closes soon (R18, R21, R22). <see cref="Note"/>: a party wrote a shared note on the
/// engagement (issue 16, point 4); <see cref="OrganizationId"/> and <see cref="ChangedBy"/> name its author, and
/// <see cref="ReferralId"/> is the watching party's own referral of the engagement.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LiveChange(
    [property: Id(0)] string ReferralId,
    [property: Id(1)] string EngagementId,
    [property: Id(2)] string OrganizationId,
    [property: Id(3)] string TenantId,
    [property: Id(4)] bool Own,
    [property: Id(5)] ReferralDirection Direction,
    [property: Id(6)] ReferralStatus Status,
    [property: Id(7)] Substatus Substatus,
    [property: Id(8)] string Name,
    [property: Id(9)] long Version,
    [property: Id(10)] bool Created,
    [property: Id(11)] string ChangedBy,
    [property: Id(12)] bool Warning = false,
    [property: Id(13)] bool Note = false);
