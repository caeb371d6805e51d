namespace CoSell;

/// <summary>Fine-grained state of a referral (R14, R18–R21, R25, R26).</summary>
public enum Substatus
{
    Received,
    Accepted,
    Won,
    Lost,
    Declined,
    Expired,
}
