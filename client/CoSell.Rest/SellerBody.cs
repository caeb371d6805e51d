namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/sellers/{sellerId}</c>.</summary>
public sealed class SellerBody
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public List<string>? Territory { get; set; }
}
