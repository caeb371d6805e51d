namespace CoSell;

/// <summary>
/// The result of creating (or re-creating, for a retried idempotent create) an outbound referral: the referral, and
/// the inbound referrals its invitations must become.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralCreated(Referral Referral, IReadOnlyList<InboundReferralDraft> Deliveries);
