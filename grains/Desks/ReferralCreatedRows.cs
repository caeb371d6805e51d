using CoSell.Grains.Domain;

namespace CoSell.Grains.Desks;

/// <summary>
/// What a desk's create transaction stored: the referral and its invitations routed for delivery (its publication relay
/// is always owed), and the warnings for the creator (a possible duplicate, issue 16).
/// </summary>
public sealed record ReferralCreatedRows(ReferralState State, IReadOnlyList<InboundReferralDraft> Deliveries, IReadOnlyList<ReferralWarning> Warnings);
