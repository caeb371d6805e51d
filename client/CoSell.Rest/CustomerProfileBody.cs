namespace CoSell.Rest;

/// <summary>The customer picked from customer search, with an optional contact (R9, R10).</summary>
public sealed class CustomerProfileBody
{
    public string? CustomerId { get; set; }

    public Contact? Contact { get; set; }
}
