namespace CoSell;

/// <summary>A deal registration's state (R31). Approved and Rejected are closed.</summary>
public enum RegistrationStatus
{
    Submitted,
    InfoRequested,
    Approved,
    Rejected,
}
