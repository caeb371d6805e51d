namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/queue/owners</c> (Operator, R4): who is mailed when a request lands in the fallback queue.</summary>
public sealed class QueueOwnersBody
{
    public List<string>? SellerIds { get; set; }

    public List<string>? Emails { get; set; }
}
