namespace CoSell;

/// <summary>
/// The result of creating (or re-creating, for a retried idempotent create) an outbound referral: the referral,
/// the inbound referrals its invitations must become, and the summary the creating desk indexes itself (the
/// referral does not call back into the desk that is waiting on it).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralCreated(Referral Referral, IReadOnlyList<InboundReferralDraft> Deliveries, ReferralSummary Summary);
