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
    DateTimeOffset CreatedAt,
    string? SellerId = null)
{
    /// <summary>Whether <paramref name="actor"/> may read it: its organization's users; on Microsoft's side only the seller it concerns (R3).</summary>
    public bool IsVisibleTo(Actor actor) =>
        actor.OrganizationId == RecipientOrganizationId && actor.HasAnyRole
        && (!actor.IsMicrosoft || (actor.Has(Role.MicrosoftSeller) && actor.SellerId is not null && actor.SellerId == SellerId)
            || (actor.IsOperator && SellerId == Organizations.FallbackSellerQueue));
}
