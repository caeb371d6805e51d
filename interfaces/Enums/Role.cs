namespace CoSell;

/// <summary>Caller roles (R3).</summary>
public enum Role
{
    PartnerAdmin,
    ReferralAdmin,
    ReferralUser,
    MicrosoftSeller,
    Operator,
}
