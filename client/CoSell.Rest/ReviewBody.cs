namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals/{id}/registration/review</c> (R31).</summary>
public sealed class ReviewBody
{
    public ReviewDecision? Decision { get; set; }

    public string? Comments { get; set; }
}
