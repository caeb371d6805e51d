namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/customers/{customerId}</c>.</summary>
public sealed class CustomerBody
{
    public string? Name { get; set; }

    public string? Duns { get; set; }

    public Address? Address { get; set; }
}
