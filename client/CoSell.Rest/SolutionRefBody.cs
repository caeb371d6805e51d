namespace CoSell.Rest;

/// <summary><c>{ "id": "sol-x" }</c> in a referral's or invitation's <c>solutions</c>.</summary>
public sealed class SolutionRefBody
{
    public string? Id { get; set; }
}
