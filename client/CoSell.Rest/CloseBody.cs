namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals/{id}/close</c> (R25).</summary>
public sealed class CloseBody
{
    public CloseOutcome? Outcome { get; set; }

    public string? Reason { get; set; }
}
