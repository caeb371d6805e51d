namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/contacts/opt-out</c> and <c>opt-in</c> (R34).</summary>
public sealed class OptOutBody
{
    public string? Email { get; set; }
}
