namespace CoSell;

/// <summary>Who owns a referral's rows: a partner organization, or on Microsoft's side the seller it is routed to.</summary>
public sealed record ReferralOwner(string OrganizationId, string? SellerId, string ReferralId)
{
    public string GrainKey => ReferralKeys.For(OrganizationId, SellerId, ReferralId);
}
