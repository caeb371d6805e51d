namespace CoSell.Rest;

/// <summary>
/// The body of <c>POST /v1/referrals/{id}/assign</c> (Operator, R4: the seller the open co-sell request goes to) and of
/// <c>POST /v1/referrals/{id}/colleagues</c> (the seller joining Microsoft's side).
/// </summary>
public sealed class AssignBody
{
    public string? SellerId { get; set; }
}
