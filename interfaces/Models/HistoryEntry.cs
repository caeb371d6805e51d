namespace CoSell;

/// <summary>One recorded state change of a referral (R35): who, when, what.</summary>
[GenerateSerializer, Immutable]
public sealed record HistoryEntry(DateTimeOffset At, string OrganizationId, string UserId, string Action, string Description, long Version);
