namespace CoSell;

/// <summary>Why an inbound referral was declined (R20).</summary>
public enum DeclineReason
{
    NotMyExpertise,
    CustomerNotReady,
    InsufficientInformation,
    DuplicateDeal,
    Other,
}
