namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals/{id}/decline</c> (R20).</summary>
public sealed class DeclineBody
{
    public DeclineReason? Reason { get; set; }

    public string? Notes { get; set; }
}
