namespace CoSell;

/// <summary>
/// An invitation recorded on an outbound referral after creation (R27): the inbound referral it must become, and the
/// referral's summary, which the inviting desk indexes itself (the referral does not call back into it).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InvitationRecorded(InboundReferralDraft Delivery, ReferralSummary Summary);
