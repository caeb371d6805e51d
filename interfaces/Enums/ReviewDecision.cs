namespace CoSell;

/// <summary>An Operator's decision on a submitted registration (R31).</summary>
public enum ReviewDecision
{
    Approve,
    Reject,
    RequestInfo,
}
