namespace CoSell.Grains.Desks;

/// <summary>An unfinished delivery relay: which inbound referrals of <see cref="ReferralId"/>'s invitations still have to be delivered.</summary>
public sealed record DeliveryRelay(string RelayId, string ReferralId, IReadOnlyList<string> InboundIds);
