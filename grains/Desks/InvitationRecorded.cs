namespace CoSell.Grains.Desks;

/// <summary>An invitation recorded on an outbound referral after creation (R27): the inbound referral it must become.</summary>
[GenerateSerializer, Immutable]
public sealed record InvitationRecorded(InboundReferralDraft Delivery);
