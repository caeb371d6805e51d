using CoSell.Grains.Domain;

namespace CoSell.Grains.Desks;

/// <summary>What a desk's create transaction stored: the referral, its invitations routed for delivery, and whether its publication is owed.</summary>
public sealed record ReferralCreatedRows(ReferralState State, IReadOnlyList<InboundReferralDraft> Deliveries, bool Publish);
