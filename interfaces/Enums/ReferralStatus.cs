namespace CoSell;

/// <summary>Coarse status of a referral; derived from <see cref="Substatus"/>.</summary>
public enum ReferralStatus
{
    New,
    Active,
    Closed,
}
