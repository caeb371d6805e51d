namespace CoSell.Rest;

/// <summary>The part of <c>customerProfile</c> a merge patch may change: the customer contact (R10).</summary>
public sealed class CustomerProfilePatchBody
{
    public Contact? Contact { get; set; }
}
