namespace CoSell;

/// <summary>
/// A notification recorded in an organization's durable outbox (R34). <see cref="Id"/> is deterministic for
/// the change that caused it, so a repeated delivery attempt is recognised and dropped.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Notification(
    string Id,
    NotificationKind Kind,
    string RecipientOrganizationId,
    IReadOnlyList<string> Recipients,
    string ReferralId,
    string ReferralName,
    string EngagementId,
    string Summary,
    DateTimeOffset CreatedAt);
