namespace CoSell;

/// <summary>Whether a registered contract is new business or a renewal (R31).</summary>
public enum ContractType
{
    New,
    Renewal,
}
