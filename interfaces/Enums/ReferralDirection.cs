namespace CoSell;

/// <summary>Outgoing: this organization created it. Incoming: another organization invited it (R32).</summary>
public enum ReferralDirection
{
    Outgoing,
    Incoming,
}
