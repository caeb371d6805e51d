namespace CoSell.Rest;

/// <summary>The optional body of <c>POST /v1/referrals/{id}/accept</c> (R19).</summary>
public sealed class AcceptBody
{
    public string? Name { get; set; }

    public DetailsBody? Details { get; set; }

    public List<Contact>? Team { get; set; }
}
